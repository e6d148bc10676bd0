/**
 * The sign-in throttle's numbers (README, "Lockout and throttling"). A key is allowed `free`
 * failures; from then on each failure (and each attempt made while waiting) sets a wait of
 * 1 s × 2^(failures − free), at most `CAP_SECONDS`. Nothing is ever locked for good: the wait
 * ends by itself, a success from the same browser or address clears its own count, and an
 * administrator can lift it.
 */
export const throttlePolicy = {
  /** One account from one client address (or from one known browser). */
  pair: { free: 5 },
  /** One client address, whatever the account: against password spraying. */
  address: { free: 30 },
  /** One account from every address that is not a known browser: against distributed guessing. */
  account: { free: 20 },
} as const

export type ThrottleScope = keyof typeof throttlePolicy

export const CAP_SECONDS = 15 * 60
/** Failures are forgotten this long after the last one. */
export const FORGET_AFTER_SECONDS = 24 * 60 * 60
/** How long a browser stays known after a successful sign-in. */
export const KNOWN_DEVICE_DAYS = 90

/** The wait, in seconds, after the `failures`-th failure of a key of `scope`. */
export function waitAfter(scope: ThrottleScope, failures: number): number {
  const over = failures - throttlePolicy[scope].free
  if (over < 0) return 0
  return Math.min(CAP_SECONDS, 2 ** over)
}
