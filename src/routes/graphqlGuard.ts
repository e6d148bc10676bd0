import { GraphQLError } from 'graphql'

import { countLoginAttempt } from '@/http/loginAttempts'
import { holdsAuthMutation } from './graphqlAuthMutations'
import { parseWithinLimits, shapeLimitErrors, type ShapeLimits } from './graphqlShapeLimits'

type Handler = (request: Request) => Promise<Response>

type Sent = { query?: string; batch?: boolean }

/** What a GraphQL request sends: its query text (GET `?query=` or a JSON POST), or a batch. */
async function sentBy(request: Request): Promise<Sent> {
  if (request.method === 'GET')
    return { query: new URL(request.url).searchParams.get('query') ?? undefined }
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => undefined)
  if (Array.isArray(body)) return { batch: true }
  const query = body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined
  return { query: typeof query === 'string' ? query : undefined }
}

/** Worded as the host's login limiter words it (src/http/rateLimits.ts). */
const LOGIN_LIMIT = new GraphQLError('Too many requests to login: try again in a little while.')

/** Each operation of a batch would be one more login attempt or one more costly query. */
const BATCH_REFUSED = new GraphQLError(
  'Batched requests are not accepted: send one GraphQL operation per request.',
)

function refusal(
  errors: readonly GraphQLError[],
  status: number,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ errors: errors.map((error) => error.toJSON()) }, { status, headers })
}

/**
 * The execution time bound: past it the client is answered 503 rather than left waiting. (The
 * resolvers already running cannot be stopped; the cost limits keep that work small.)
 */
function withinTime(response: Promise<Response>, timeoutMs: number): Promise<Response> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Response>((resolve) => {
    timer = setTimeout(() => {
      const message = `The query did not finish within the limit of ${timeoutMs} ms: ask for less.`
      resolve(Response.json({ errors: [{ message }] }, { status: 503 }))
    }, timeoutMs)
  })
  return Promise.race([response, late]).finally(() => clearTimeout(timer))
}

/**
 * Refuses, before Payload parses or validates anything, a document whose size or shape exceeds
 * the limits (tokens, aliases, depth, directives, cost with fragments expanded, more than one
 * auth mutation, a batch): 400 naming the limit. An auth mutation counts as a login attempt
 * (429 past the login limit). What passes is answered within the time limit.
 */
export function withGraphQLLimits(limits: ShapeLimits, handler: Handler): Handler {
  return async (request) => {
    const { query, batch } = await sentBy(request)
    if (batch) return refusal([BATCH_REFUSED], 400)
    if (query === undefined) return withinTime(handler(request), limits.timeoutMs)
    const parsed = parseWithinLimits(query, limits)
    if ('errors' in parsed) return refusal(parsed.errors, 400)
    const errors = shapeLimitErrors(parsed.document, limits)
    if (errors.length) return refusal(errors, 400)
    if (holdsAuthMutation(parsed.document)) {
      const { allowed, retryAfterSeconds } = await countLoginAttempt(request)
      if (!allowed) return refusal([LOGIN_LIMIT], 429, { 'Retry-After': String(retryAfterSeconds) })
    }
    return withinTime(handler(request), limits.timeoutMs)
  }
}
