type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>
type ErrorBody = {
  errors?: Array<{
    data?: { retryAfterSeconds?: unknown }
    extensions?: { data?: { retryAfterSeconds?: unknown } }
  }>
}

/**
 * Payload answers its errors with headers of its own; a 429 whose error says how long to wait
 * (`data.retryAfterSeconds`, REST; `extensions.data.retryAfterSeconds`, GraphQL: the sign-in
 * throttle) gets it as `Retry-After` too, which clients and proxies read.
 */
export function withRetryAfter<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    const response = await handler(request, ...rest)
    if (response.status !== 429 || response.headers.has('retry-after')) return response
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as ErrorBody
    const seconds = body.errors
      ?.map((error) => error.data?.retryAfterSeconds ?? error.extensions?.data?.retryAfterSeconds)
      .find((value): value is number => typeof value === 'number')
    if (seconds === undefined) return response
    const headers = new Headers(response.headers)
    headers.set('Retry-After', String(seconds))
    return new Response(response.body, { status: 429, headers })
  }
}
