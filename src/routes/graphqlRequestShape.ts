import {
  buildSchema,
  Kind,
  LoneAnonymousOperationRule,
  NoFragmentCyclesRule,
  parse,
  UniqueFragmentNamesRule,
  UniqueOperationNamesRule,
  validate,
  type DocumentNode,
  type GraphQLError,
} from 'graphql'

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

type Params = { query?: unknown; variables?: unknown; operationName?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The GraphQL parameters of a GET (`?query=&variables=`) or a JSON POST; a string when malformed. */
async function paramsOf(request: Request): Promise<Params | string> {
  if (request.method === 'GET') {
    const search = new URL(request.url).searchParams
    const variables = search.get('variables')
    if (!variables) return { query: search.get('query') ?? undefined }
    try {
      return { query: search.get('query') ?? undefined, variables: JSON.parse(variables) }
    } catch {
      return 'The variables parameter is not valid JSON.'
    }
  }
  let body: unknown
  try {
    body = JSON.parse(await request.clone().text())
  } catch {
    return 'The request body is not valid JSON: send {"query": "…", "variables": {…}}.'
  }
  return isObject(body) ? body : 'The request body must be a JSON object with a "query".'
}

/** Why the document cannot run at all, whatever the schema; undefined when it may. */
function documentProblem(query: string): string | undefined {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return (error as GraphQLError).message
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (operations.some((operation) => operation.operation === 'subscription'))
    return 'Subscriptions are not supported.'
  return validate(NO_SCHEMA, document, SHAPE_RULES)[0]?.message
}

/**
 * A GraphQL request that is not one (not JSON, no query, a query that does not parse, variables
 * that are not an object, a fragment that spreads itself) is a 400 that says why, before Payload
 * reads it: some of these otherwise answer 500 or stop the process.
 */
export function rejectMalformedGraphQL(handler: Handler): Handler {
  return async (request) => {
    const type = request.headers.get('content-type') ?? ''
    if (request.method === 'POST' && !type.startsWith('application/json'))
      return badRequest('Send GraphQL requests as application/json.', 415)
    const params = await paramsOf(request)
    if (typeof params === 'string') return badRequest(params)
    if (typeof params.query !== 'string' || !params.query.trim())
      return badRequest('The GraphQL query is missing: send it as "query".')
    if (params.variables != null && !isObject(params.variables))
      return badRequest('The GraphQL variables must be a JSON object.')
    if (params.operationName != null && typeof params.operationName !== 'string')
      return badRequest('The GraphQL operationName must be a string.')
    const problem = documentProblem(params.query)
    return problem ? badRequest(problem) : handler(request)
  }
}
