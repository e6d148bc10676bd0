import { errorsOfAnswer, type GraphQLErrorBody } from './graphqlAnswerErrors'

/** The HTTP status a failed GraphQL operation should carry; undefined when it did not fail. */
export function statusForGraphQLBody(body: GraphQLErrorBody): number | undefined {
  if (!body.errors?.length) return undefined
  const anyData = body.data ? Object.values(body.data).some((value) => value !== null) : false
  if (anyData) return undefined // partial success: keep 200, as GraphQL over HTTP expects
  const codes = body.errors.map((error) => error.extensions?.statusCode)
  const clientCode = codes.find(
    (code): code is number => typeof code === 'number' && code >= 400 && code < 500,
  )
  if (clientCode) return clientCode
  // Errors without a status are GraphQL's own: a query or variables that do not match the schema.
  return codes.every((code) => code === undefined) ? 400 : undefined
}

/**
 * Payload answers GraphQL errors with HTTP 200. Front ends and monitoring read the status first,
 * so an operation that failed for a client reason (bad input, forbidden, not found) gets that 4xx.
 */
export function withGraphQLErrorStatus(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (response.status !== 200) return response
    const body = await errorsOfAnswer(response)
    const status = body && statusForGraphQLBody(body)
    if (!status) return response
    return new Response(JSON.stringify(body), { status, headers: response.headers })
  }
}
