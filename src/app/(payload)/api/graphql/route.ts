/*
 * Payload's GraphQL route, as generated, with two changes: failed operations carry a 4xx status,
 * and queries may also be sent by GET (?query=…), so that HTTP caches can keep their answers.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLErrorStatus } from '@/routes/graphqlErrorStatus'

export const POST = withGraphQLErrorStatus(GRAPHQL_POST(config))
export const GET = POST

export const OPTIONS = REST_OPTIONS(config)
