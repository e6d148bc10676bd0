/* Payload's GraphQL route, as generated, with one change: failed operations carry a 4xx status. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLErrorStatus } from '@/routes/graphqlErrorStatus'

export const POST = withGraphQLErrorStatus(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
