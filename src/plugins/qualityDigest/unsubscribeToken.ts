import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long an unsubscribe link in a digest works: a few digests' worth. */
export const UNSUBSCRIBE_TOKEN_DAYS = 90

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`quality-digest-unsubscribe:${body}`).digest('base64url')

/** `userId.expiresAtSeconds.signature`: no sign-in needed, only PAYLOAD_SECRET can make one. */
export function unsubscribeToken(secret: string, userId: number, now = Date.now()): string {
  const body = `${userId}.${Math.floor(now / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400}`
  return `${body}.${signature(secret, body)}`
}

/** The user a token was made for, or why it is refused (tampered, malformed or expired). */
export function verifyUnsubscribeToken(
  secret: string,
  token: string | null | undefined,
  now = Date.now(),
): { userId: number } | { error: 'invalid' | 'expired' } {
  const match = /^(\d{1,12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match) return { error: 'invalid' }
  const [, user, expires, given] = match
  const expected = Buffer.from(signature(secret, `${user}.${expires}`))
  if (!timingSafeEqual(expected, Buffer.from(given))) return { error: 'invalid' }
  if (Number(expires) * 1000 < now) return { error: 'expired' }
  return { userId: Number(user) }
}
