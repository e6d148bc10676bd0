import type { Payload } from 'payload'

/** Wrong codes allowed per account in a window; then the account's second step waits. */
export const MAX_WRONG_CODES = 5
export const WRONG_CODES_WINDOW_SECONDS = 15 * 60

type Count = { count: number; resetAt: number }
const keyOf = (userId: number | string) => `two-factor:wrong-codes:${userId}`

/**
 * Wrong second-step codes per account, in `payload.kv` (Redis when REDIS_URL is set, so every
 * instance shares them). The login rate limit counts per address; this counts per account, so that
 * an attacker who has the password cannot try a million codes from many addresses.
 */
export async function secondsUntilCodesAllowed(payload: Payload, userId: number | string) {
  const count = await payload.kv.get<Count>(keyOf(userId))
  if (!count || count.resetAt <= Date.now() || count.count < MAX_WRONG_CODES) return 0
  return Math.ceil((count.resetAt - Date.now()) / 1000)
}

export async function countWrongCode(payload: Payload, userId: number | string): Promise<void> {
  const count = await payload.kv.get<Count>(keyOf(userId))
  const fresh = !count || count.resetAt <= Date.now()
  await payload.kv.set(keyOf(userId), {
    count: fresh ? 1 : count.count + 1,
    resetAt: fresh ? Date.now() + WRONG_CODES_WINDOW_SECONDS * 1000 : count.resetAt,
  })
}

export const forgetWrongCodes = (payload: Payload, userId: number | string) =>
  payload.kv.delete(keyOf(userId))
