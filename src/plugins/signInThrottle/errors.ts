import { APIError, type PayloadRequest } from 'payload'

import { translate } from '@/i18n/messages'

/** "45 seconds", "3 minutes": the wait, rounded up, in the reader's language. */
export function readableWait(req: PayloadRequest, seconds: number): string {
  if (seconds < 60)
    return translate(req, seconds === 1 ? 'waitSecond' : 'waitSeconds', { count: seconds })
  const minutes = Math.ceil(seconds / 60)
  return translate(req, minutes === 1 ? 'waitMinute' : 'waitMinutes', { count: minutes })
}

/** 429, saying how long to wait and whom to ask; the API handlers turn `data` into Retry-After. */
export class SignInThrottled extends APIError<{ retryAfterSeconds: number }> {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    super(
      translate(req, 'signInThrottled', { wait: readableWait(req, retryAfterSeconds) }),
      429,
      { retryAfterSeconds },
      true,
    )
    this.name = 'SignInThrottled'
  }
}
