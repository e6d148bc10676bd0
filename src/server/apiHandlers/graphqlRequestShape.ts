import {
  buildSchema,
  Kind,
  LoneAnonymousOperationRule,
  NoFragmentCyclesRule,
  UniqueFragmentNamesRule,
  UniqueOperationNamesRule,
  validate,
  type DocumentNode,
} from 'graphql'

import { graphqlParams, isObject } from './graphqlParams'

type Handler = (request: Request) => Promise<Response>

/** Rules that need no schema: run before Payload's, whose depth and cost walks assume them. */
const SHAPE_RULES = [
  LoneAnonymousOperationRule,
  UniqueOperationNamesRule,
  UniqueFragmentNamesRule,
  NoFragmentCyclesRule,
]
const NO_SCHEMA = buildSchema('type Query { _: Boolean }')

const badRequest = (message: string, status = 400) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })

/** Why a parsed document cannot run at all, whatever the schema; undefined when it may. */
export function documentProblem(document: DocumentNode): string | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (operations.some((operation) => operation.operation === 'subscription'))
    return 'Subscriptions are not supported.'
  return validate(NO_SCHEMA, document, SHAPE_RULES)[0]?.message
}

/**
 * A GraphQL request that is not one (not JSON, a batch, no query, variables that are not an
 * object) is a 400 that says why, before Payload reads it: some of these otherwise answer 500 or
 * stop the process. The document itself is checked next, by `withGraphQLLimits`.
 */
export function rejectMalformedGraphQL(handler: Handler): Handler {
  return async (request) => {
    const type = request.headers.get('content-type') ?? ''
    if (request.method === 'POST' && !type.startsWith('application/json'))
      return badRequest('Send GraphQL requests as application/json.', 415)
    const params = await graphqlParams(request)
    if (typeof params === 'string') return badRequest(params)
    if (typeof params.query !== 'string' || !params.query.trim())
      return badRequest('The GraphQL query is missing: send it as "query".')
    if (params.variables != null && !isObject(params.variables))
      return badRequest('The GraphQL variables must be a JSON object.')
    if (params.operationName != null && typeof params.operationName !== 'string')
      return badRequest('The GraphQL operationName must be a string.')
    return handler(request)
  }
}
