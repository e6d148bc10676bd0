import { GraphQLError } from 'graphql'
import type { Payload } from 'payload'

import { countLoginAttempt } from '@/server/http/loginAttempts'
import { holdsAuthMutation } from './graphqlAuthMutations'
import { graphqlParams } from './graphqlParams'
import { documentProblem } from './graphqlRequestShape'
import { parseWithinLimits, shapeLimitErrors, type ShapeLimits } from './graphqlShapeLimits'

type Handler = (request: Request) => Promise<Response>

/** Worded as the host's login limiter words it (src/server/http/rateLimits.ts). */
const LOGIN_LIMIT = new GraphQLError('Too many requests to login: try again in a little while.')

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
 * auth mutation), or that cannot run at all (a syntax error, a fragment that spreads itself): 400 naming the limit. An auth mutation counts as a login attempt
 * (429 past the login limit). What passes is answered within the time limit.
 */
export function withGraphQLLimits(
  limits: ShapeLimits,
  handler: Handler,
  payload: () => Promise<Payload>,
): Handler {
  return async (request) => {
    const params = await graphqlParams(request)
    if (typeof params === 'string') return refusal([new GraphQLError(params)], 400)
    if (typeof params.query !== 'string') return withinTime(handler(request), limits.timeoutMs)
    const parsed = parseWithinLimits(params.query, limits)
    if ('errors' in parsed) return refusal(parsed.errors, 400)
    const problem = documentProblem(parsed.document)
    if (problem) return refusal([new GraphQLError(problem)], 400)
    const errors = shapeLimitErrors(parsed.document, limits)
    if (errors.length) return refusal(errors, 400)
    if (holdsAuthMutation(parsed.document)) {
      const { allowed, retryAfterSeconds } = await countLoginAttempt(await payload(), request)
      if (!allowed) return refusal([LOGIN_LIMIT], 429, { 'Retry-After': String(retryAfterSeconds) })
    }
    return withinTime(handler(request), limits.timeoutMs)
  }
}
