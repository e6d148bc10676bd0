/*
 * Payload's GraphQL route, as generated, with three changes: failed operations carry a 4xx status,
 * queries may also be sent by GET (?query=…), so that HTTP caches can keep their answers, and
 * requests that are not GraphQL at all are a 400 before Payload reads them.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLErrorStatus } from '@/routes/graphqlErrorStatus'
import { rejectMalformedGraphQL } from '@/routes/graphqlRequestShape'

export const POST = rejectMalformedGraphQL(withGraphQLErrorStatus(GRAPHQL_POST(config)))
export const GET = POST

export const OPTIONS = REST_OPTIONS(config)
