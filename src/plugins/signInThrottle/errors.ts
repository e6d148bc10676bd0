import { APIError, type PayloadRequest } from 'payload'

import { translate } from '@/i18n/messages'

/** "45 seconds", "3 minutes": the wait, rounded up, in the reader's language. */
export function readableWait(req: PayloadRequest, seconds: number): string {
  if (seconds < 60)
    return translate(req, seconds === 1 ? 'waitSecond' : 'waitSeconds', { count: seconds })
  const minutes = Math.ceil(seconds / 60)
  return translate(req, minutes === 1 ? 'waitMinute' : 'waitMinutes', { count: minutes })
}

/**
 * 429, saying how long to wait and whom to ask. `answerThrottled` (hooks.ts) puts the wait in the
 * answer's `data`, which the API handlers turn into Retry-After.
 */
export class SignInThrottled extends APIError<{ retryAfterSeconds: number }> {
  readonly retryAfterSeconds: number
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    super(
      translate(req, 'signInThrottled', { wait: readableWait(req, retryAfterSeconds) }),
      429,
      { retryAfterSeconds },
      true,
    )
    this.name = 'SignInThrottled'
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/**
 * The error an error hook was given, unwrapped from GraphQL's wrapper. Read by its properties:
 * in the production bundle Payload's error classes exist twice and their names are minified, so
 * neither `instanceof` nor `name` can be trusted.
 */
export function originalError(
  error: Error,
): Error & { status?: number; retryAfterSeconds?: number; passwordAccepted?: boolean } {
  return (error as Error & { originalError?: Error }).originalError ?? error
}
