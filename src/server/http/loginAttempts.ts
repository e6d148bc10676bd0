/**
 * Lets the GraphQL route (bundled by Next) count a login attempt in the Express host's login rate
 * limit. Both run in one process but load this module twice (Next's bundle and the host's), so
 * the counter is registered on globalThis.
 */
/** Whether the attempt is within the limit, and when the count starts again if not. */
export type AttemptCount = { allowed: boolean; retryAfterSeconds: number }
type CountAttempt = (clientKey: string) => Promise<AttemptCount>

const REGISTRY = Symbol.for('grappes.loginAttempts')
type Registry = { [REGISTRY]?: CountAttempt }

/** Set by the Express host on every request (a client's own value is overwritten). */
export const CLIENT_KEY_HEADER = 'x-grappes-client-key'

export function registerLoginAttempts(count: CountAttempt): void {
  ;(globalThis as Registry)[REGISTRY] = count
}

/** Counts one attempt; not allowed once the address is past the login limit. */
export async function countLoginAttempt(request: Request): Promise<AttemptCount> {
  const count = (globalThis as Registry)[REGISTRY]
  const key = request.headers.get(CLIENT_KEY_HEADER)
  // Without the host (in-process tests, `next dev`) there is no limit to count against.
  if (!count || !key) return { allowed: true, retryAfterSeconds: 0 }
  return count(key)
}
