import { createHmac, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { generateCookie, parseCookies } from 'payload/shared'

/** What the callback must find again: the checks of one sign-in, in the browser that started it. */
export type Flow = {
  state: string
  nonce: string
  codeVerifier: string
  /** The language of the page that started it: refusals answer in it. */
  language: 'en' | 'fr'
  expiresAt: number
}

const COOKIE = 'grappes-oidc'
const PATH = '/api/users/oidc'
/** Time enough to sign in at the provider (and enrol there), short enough to be of no use later. */
const LIFETIME_MS = 10 * 60 * 1000

const sign = (secret: string, value: string) =>
  createHmac('sha256', secret).update(value).digest('base64url')

/**
 * The flow's checks travel in a cookie of this browser, signed with PAYLOAD_SECRET: no server-side
 * store, and a callback opened in another browser (or replayed) has none. It is `SameSite=Lax`
 * because the provider sends the browser back with a top-level GET from another site.
 */
export function flowCookie(
  req: PayloadRequest,
  flow: Omit<Flow, 'expiresAt'>,
  secure: boolean,
): string {
  const value = Buffer.from(
    JSON.stringify({ ...flow, expiresAt: Date.now() + LIFETIME_MS }),
  ).toString('base64url')
  return generateCookie({
    name: COOKIE,
    value: `${value}.${sign(req.payload.secret, value)}`,
    path: PATH,
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    expires: new Date(Date.now() + LIFETIME_MS),
    returnCookieAsObject: false,
  }) as string
}

export const expiredFlowCookie = (secure: boolean): string =>
  generateCookie({
    name: COOKIE,
    value: '',
    path: PATH,
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    expires: new Date(0),
    returnCookieAsObject: false,
  }) as string

/** The flow this browser started, or undefined when there is none, it was altered, or it expired. */
export function readFlow(req: PayloadRequest): Flow | undefined {
  const [value, signature] = (parseCookies(req.headers).get(COOKIE) ?? '').split('.')
  if (!value || !signature) return undefined
  const expected = Buffer.from(sign(req.payload.secret, value))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  const flow = JSON.parse(Buffer.from(value, 'base64url').toString()) as Flow
  return flow.expiresAt > Date.now() ? flow : undefined
}
