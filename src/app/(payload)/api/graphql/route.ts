/*
 * Payload's GraphQL route, as generated, with these changes: requests that are not GraphQL at all
 * are a 400 before Payload reads them; documents beyond the limits on size, shape and cost are
 * refused before Payload reads them; answers have a time bound; failed operations carry a 4xx
 * status; values the schema refuses (a select option, a required field) are answered as Payload's
 * field errors, with their paths, in the reader's language; "Did you mean …" hints are left out
 * in production (where introspection is off); and queries may also be sent by GET (?query=…), so that HTTP caches can keep their answers.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { readEnv } from '@/env'
import { withGraphQLErrorStatus } from '@/server/routeWrappers/graphqlErrorStatus'
import { withGraphQLLimits } from '@/server/routeWrappers/graphqlGuard'
import { withInputFieldErrors } from '@/server/routeWrappers/graphqlInputErrors'
import { rejectMalformedGraphQL } from '@/server/routeWrappers/graphqlRequestShape'
import { withoutFieldSuggestions } from '@/server/routeWrappers/graphqlSuggestions'

const { graphqlLimits, isProduction } = readEnv()
const answer = withGraphQLErrorStatus(withInputFieldErrors(config, GRAPHQL_POST(config)))

export const POST = rejectMalformedGraphQL(
  withGraphQLLimits(graphqlLimits, isProduction ? withoutFieldSuggestions(answer) : answer, () =>
    getPayload({ config }),
  ),
)
export const GET = POST

export const OPTIONS = REST_OPTIONS(config)
