import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { KNOWN_DEVICE_DAYS } from './policy'

/**
 * OWASP's device cookies: a browser that signed in to an account receives a signed cookie naming
 * that account and a random device id. Its later attempts on that account are judged on that
 * device's own failures only, so nobody elsewhere can make that browser wait. A copy of the
 * cookie taken to another computer buys five tries and then the same growing waits.
 */
const cookieName = (email: string) =>
  `grappes-device-${createHash('sha256').update(email).digest('hex').slice(0, 16)}`

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`known-device:${body}`).digest('base64url')

function cookieValue(req: PayloadRequest, name: string): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

/** The device id of this browser for `email`, when it carries a valid cookie for it. */
export function knownDeviceOf(req: PayloadRequest, email: string): string | undefined {
  const value = cookieValue(req, cookieName(email))
  const [device, expires, signed] = value?.split('.') ?? []
  if (!device || !expires || !signed) return undefined
  const expected = Buffer.from(signature(req.payload.secret, `${email}.${device}.${expires}`))
  const given = Buffer.from(signed)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return Number(expires) * 1000 > Date.now() ? device : undefined
}

/** Adds the cookie to the sign-in's answer (REST and GraphQL merge `req.responseHeaders`). */
export function rememberDevice(req: PayloadRequest, email: string, secure: boolean): void {
  const device = knownDeviceOf(req, email) ?? randomBytes(16).toString('base64url')
  const maxAge = KNOWN_DEVICE_DAYS * 24 * 60 * 60
  const expires = Math.floor(Date.now() / 1000) + maxAge
  const value = `${device}.${expires}.${signature(req.payload.secret, `${email}.${device}.${expires}`)}`
  const attributes = [`Path=/api`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict']
  if (secure) attributes.push('Secure')
  const headers = req.responseHeaders ?? new Headers()
  headers.append('Set-Cookie', `${cookieName(email)}=${value}; ${attributes.join('; ')}`)
  req.responseHeaders = headers
}
