import type { Payload } from 'payload'

/** Whether the attempt is within the limit, and when the count starts again if not. */
export type AttemptCount = { allowed: boolean; retryAfterSeconds: number }
type CountAttempt = (clientKey: string) => Promise<AttemptCount>

/**
 * Lets the GraphQL route (bundled by Next) count a login attempt in the Express host's login rate
 * limit. Both run in one process but load this module twice (Next's bundle and the host's); the
 * one object both reach is the Payload instance (`getPayload` returns the host's), so the host's
 * counter is kept there.
 */
declare module 'payload' {
  interface BasePayload {
    /** Set by the Express host (rateLimits.ts); absent without it (`next dev`, in-process tests). */
    countLoginAttempt?: CountAttempt
  }
}

/** Set by the Express host on every request (a client's own value is overwritten). */
export const CLIENT_KEY_HEADER = 'x-grappes-client-key'

export function registerLoginAttempts(payload: Payload, count: CountAttempt): void {
  payload.countLoginAttempt = count
}

/** Counts one attempt; not allowed once the address is past the login limit. */
export async function countLoginAttempt(payload: Payload, request: Request): Promise<AttemptCount> {
  const key = request.headers.get(CLIENT_KEY_HEADER)
  // Without the host there is no limit to count against.
  if (!payload.countLoginAttempt || !key) return { allowed: true, retryAfterSeconds: 0 }
  return payload.countLoginAttempt(key)
}
