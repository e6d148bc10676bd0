/*
 * Payload's GraphQL route handlers (src/app/(payload)/api/graphql/route.ts), as generated, with these changes: requests that are not GraphQL at all
 * are a 400 before Payload reads them; documents beyond the limits on size, shape and cost are
 * refused before Payload reads them; answers have a time bound; failed operations carry a 4xx
 * status; values the schema refuses (a select option, a required field) are answered as Payload's
 * field errors, with their paths, in the reader's language; "Did you mean …" hints are left out
 * in production (where introspection is off); a throttled sign-in's 429 carries Retry-After; queries may also be sent by GET (?query=…), so that HTTP caches can keep their answers;
 * and every answer goes through the response cache.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { envOf } from '@/env'
import { withResponseCache } from '@/server/apiHandlers/cachedAnswer'
import { withGraphQLErrorStatus } from '@/server/apiHandlers/graphqlErrorStatus'
import { withGraphQLLimits } from '@/server/apiHandlers/graphqlGuard'
import { withInputFieldErrors } from '@/server/apiHandlers/graphqlInputErrors'
import { rejectMalformedGraphQL } from '@/server/apiHandlers/graphqlRequestShape'
import { withoutFieldSuggestions } from '@/server/apiHandlers/graphqlSuggestions'
import { withRetryAfter } from '@/server/apiHandlers/retryAfter'

// Built once the config is ready: its settings (read from the environment by the config) say the limits.
const handler = config.then(({ custom }) => {
  const { graphqlLimits, isProduction } = envOf({ custom })
  const answer = withRetryAfter(
    withGraphQLErrorStatus(withInputFieldErrors(config, GRAPHQL_POST(config))),
  )
  return rejectMalformedGraphQL(
    withGraphQLLimits(graphqlLimits, isProduction ? withoutFieldSuggestions(answer) : answer, () =>
      getPayload({ config }),
    ),
  )
})

export const POST = withResponseCache(config, async (request: Request): Promise<Response> =>
  (await handler)(request),
)
export const GET = POST

export const OPTIONS = withResponseCache(config, REST_OPTIONS(config))
