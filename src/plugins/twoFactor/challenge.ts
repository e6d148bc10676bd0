import { createHmac } from 'node:crypto'

import { keyFor, sameHash } from './secrets'

/**
 * What the first sign-in step (e-mail and password) hands out instead of a token, when a second
 * factor is needed: `verify` (the user has one: send a code) or `enrol` (the role requires one the
 * user has not set up). Signed with a key derived from PAYLOAD_SECRET, valid for five minutes; it
 * grants nothing but the second step. `setup` carries the encrypted secret of an enrolment between
 * showing the QR code and confirming the first code.
 */
export type ChallengePurpose = 'verify' | 'enrol' | 'setup'
export type Challenge = {
  purpose: ChallengePurpose
  userId: number | string
  exp: number
  secret?: string
}

export const CHALLENGE_TTL_SECONDS = 5 * 60
/** The enrolment (QR code shown, first code not yet confirmed) lasts longer: phones are slow. */
export const SETUP_TTL_SECONDS = 15 * 60

const signatureOf = (payloadSecret: string, body: string) =>
  createHmac('sha256', keyFor(payloadSecret, 'challenge')).update(body).digest('base64url')

export function signChallenge(
  payloadSecret: string,
  challenge: Omit<Challenge, 'exp'>,
  ttlSeconds = CHALLENGE_TTL_SECONDS,
): string {
  const body = Buffer.from(
    JSON.stringify({ ...challenge, exp: Math.floor(Date.now() / 1000) + ttlSeconds }),
  ).toString('base64url')
  return `${body}.${signatureOf(payloadSecret, body)}`
}

/** The challenge if its signature holds, it has not expired and it serves `purpose`; else null. */
export function readChallenge(
  payloadSecret: string,
  token: unknown,
  purpose: ChallengePurpose,
): Challenge | null {
  if (typeof token !== 'string' || token.length > 2_000) return null
  const [body, signature] = token.split('.')
  if (!body || !signature || !sameHash(signature, signatureOf(payloadSecret, body))) return null
  try {
    const challenge = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Challenge
    if (challenge.purpose !== purpose || challenge.exp < Date.now() / 1000) return null
    return challenge
  } catch {
    return null
  }
}
