/** What a GraphQL request sends: `?query=&variables=` on a GET, a JSON object on a POST. */
export type GraphQLParams = { query?: unknown; variables?: unknown; operationName?: unknown }

/** The request's parameters, or why they cannot be read (a string, the reason for a 400). */
export type ReadParams = GraphQLParams | string

export const BATCH_REFUSED =
  'Batched requests are not accepted: send one GraphQL operation per request.'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

async function read(request: Request): Promise<ReadParams> {
  if (request.method === 'GET') {
    const search = new URL(request.url).searchParams
    const query = search.get('query') ?? undefined
    const variables = search.get('variables')
    if (!variables) return { query }
    try {
      return { query, variables: JSON.parse(variables) }
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
  // Each operation of a batch would be one more login attempt or one more costly query.
  if (Array.isArray(body)) return BATCH_REFUSED
  return isObject(body) ? body : 'The request body must be a JSON object with a "query".'
}

const readOnce = new WeakMap<Request, Promise<ReadParams>>()

/** Read once per request, however many checks ask (the body is cloned, Payload reads it again). */
export function graphqlParams(request: Request): Promise<ReadParams> {
  let params = readOnce.get(request)
  if (!params) readOnce.set(request, (params = read(request)))
  return params
}

export { isObject }
