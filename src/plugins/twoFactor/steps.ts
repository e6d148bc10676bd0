import { APIError, ValidationError, type PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { writeAuditEntry } from '@/plugins/auditTrail/writeAuditEntry'

import type { StoredUser } from './askForSecondFactor'
import { countWrongCode, forgetWrongCodes, secondsUntilCodesAllowed } from './attempts'
import { readChallenge, SETUP_TTL_SECONDS, signChallenge } from './challenge'
import { issueSession, type IssuedSession } from './issueSession'
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
  sameHash,
} from './secrets'
import { enrolmentPicture, newTotpSecret, totpStep } from './totp'

type Input = Record<string, unknown> | undefined

/** A refused code, challenge or enrolment: a 4xx in the reader's language, logged as info. */
class TwoFactorRefused extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'TwoFactorRefused'
  }
}
const tOf = (req: PayloadRequest) =>
  req.t as (key: string, vars?: Record<string, unknown>) => string

/** The stored user with its two-factor fields (hidden from every API: read from the database). */
export async function storedUser(
  req: PayloadRequest,
  id: number | string,
): Promise<StoredUser | null> {
  return (await req.payload.db.findOne({
    collection: collectionSlugs.users,
    req,
    where: { id: { equals: id } },
  })) as StoredUser | null
}

function requiredText(req: PayloadRequest, input: Input, field: string, message: string): string {
  const value = input?.[field]
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  throw new ValidationError({ errors: [{ message, path: field }] }, req.t)
}

const expired = (req: PayloadRequest) =>
  new TwoFactorRefused(tOf(req)('twoFactor:challengeExpired'), 401)

async function refuseWhileThrottled(req: PayloadRequest, userId: number | string) {
  const seconds = await secondsUntilCodesAllowed(req.payload, userId)
  if (seconds > 0)
    throw new TwoFactorRefused(
      tOf(req)('twoFactor:tooManyCodes', { minutes: Math.ceil(seconds / 60) }),
      429,
      { retryAfterSeconds: seconds },
    )
}

/**
 * Checks a TOTP code (then remembers its time step: it will not work again) or a recovery code
 * (then removes it: it works once). A wrong code counts against the account (attempts.ts).
 */
async function spendCode(
  req: PayloadRequest,
  user: StoredUser,
  code: string,
): Promise<'totp' | 'recovery'> {
  await refuseWhileThrottled(req, user.id)
  const secret = user.twoFactorSecret && decryptSecret(req.payload.secret, user.twoFactorSecret)
  const step = secret
    ? await totpStep(secret, code.replace(/\s/g, ''), user.twoFactorLastStep)
    : null
  if (step !== null) {
    await req.payload.db.updateOne({
      collection: collectionSlugs.users,
      id: user.id,
      data: { twoFactorLastStep: step },
      req,
      returning: false,
    })
    await forgetWrongCodes(req.payload, user.id)
    return 'totp'
  }
  const hashes = (user.twoFactorRecoveryCodes as string[] | null | undefined) ?? []
  const typed = hashRecoveryCode(req.payload.secret, code)
  const match =
    normalizeRecoveryCode(code).length === 12 && hashes.find((hash) => sameHash(hash, typed))
  if (match) {
    await req.payload.db.updateOne({
      collection: collectionSlugs.users,
      id: user.id,
      data: { twoFactorRecoveryCodes: hashes.filter((hash) => hash !== match) },
      req,
      returning: false,
    })
    await forgetWrongCodes(req.payload, user.id)
    return 'recovery'
  }
  await countWrongCode(req.payload, user.id)
  // A refused sign-in, as a wrong password is (outside the request's transaction: it fails).
  await writeAuditEntry(req.payload, {
    action: 'login_failed',
    collection: collectionSlugs.users,
    documentId: user.id,
    userEmail: user.email,
  })
  throw new TwoFactorRefused(tOf(req)('twoFactor:wrongCode'), 401)
}

/** Step 2 of sign-in: the challenge of step 1 and a code; a session, as Payload's login gives. */
export async function verifySecondStep(req: PayloadRequest, input: Input): Promise<IssuedSession> {
  const t = tOf(req)
  const challengeText = requiredText(req, input, 'challenge', t('twoFactor:challengeExpired'))
  const code = requiredText(req, input, 'code', t('twoFactor:codeRequired'))
  const challenge = readChallenge(req.payload.secret, challengeText, 'verify')
  const user = challenge && (await storedUser(req, challenge.userId))
  if (!user?.twoFactorEnabled) throw expired(req)
  await spendCode(req, user, code)
  return issueSession(req, user.id)
}

/** Who enrols: the signed-in user, or the one named by an enrolment challenge from step 1. */
async function enrollingUser(
  req: PayloadRequest,
  input: Input,
): Promise<{ user: StoredUser; viaChallenge: boolean }> {
  const t = tOf(req)
  const viaChallenge = input?.challenge !== undefined
  const id = viaChallenge
    ? readChallenge(req.payload.secret, input?.challenge, 'enrol')?.userId
    : req.user?.collection === collectionSlugs.users
      ? req.user.id
      : undefined
  if (id === undefined) {
    if (viaChallenge) throw expired(req)
    throw new TwoFactorRefused(t('twoFactor:notSignedIn'), 401)
  }
  const user = await storedUser(req, id)
  if (!user) throw expired(req)
  if (user.twoFactorEnabled) throw new TwoFactorRefused(t('twoFactor:alreadyOn'), 409)
  return { user, viaChallenge }
}

/** Enrolment, part 1: a new secret, its QR code, and `enrolment` (the secret, sealed) for part 2. */
export async function startEnrolment(req: PayloadRequest, input: Input) {
  const { user } = await enrollingUser(req, input)
  const secret = newTotpSecret()
  const enrolment = signChallenge(
    req.payload.secret,
    { purpose: 'setup', userId: user.id, secret: encryptSecret(req.payload.secret, secret) },
    SETUP_TTL_SECONDS,
  )
  return { secret, ...(await enrolmentPicture(secret, user.email)), enrolment }
}

/**
 * Enrolment, part 2: the first code proves the app has the secret; the secret is stored
 * (encrypted), ten recovery codes are made (stored hashed, shown this once), and, when enrolling
 * from the sign-in's challenge, the session is issued.
 */
export async function confirmEnrolment(req: PayloadRequest, input: Input) {
  const t = tOf(req)
  const { user, viaChallenge } = await enrollingUser(req, input)
  const enrolmentText = requiredText(req, input, 'enrolment', t('twoFactor:enrolmentRequired'))
  const code = requiredText(req, input, 'code', t('twoFactor:codeRequired'))
  const enrolment = readChallenge(req.payload.secret, enrolmentText, 'setup')
  const sealed = enrolment?.userId === user.id ? enrolment.secret : undefined
  const secret = sealed && decryptSecret(req.payload.secret, sealed)
  if (!sealed || !secret)
    throw new ValidationError(
      { errors: [{ message: t('twoFactor:enrolmentRequired'), path: 'enrolment' }] },
      req.t,
    )
  await refuseWhileThrottled(req, user.id)
  const step = await totpStep(secret, code.replace(/\s/g, ''), null)
  if (step === null) {
    await countWrongCode(req.payload, user.id)
    throw new TwoFactorRefused(t('twoFactor:wrongCode'), 401)
  }
  const recoveryCodes = newRecoveryCodes()
  // The enrolling person is the author of the audit trail's "update" entry.
  if (!req.user) req.user = { ...user, collection: collectionSlugs.users }
  await req.payload.update({
    collection: collectionSlugs.users,
    id: user.id,
    data: {
      twoFactorEnabled: true,
      twoFactorSecret: sealed,
      twoFactorLastStep: step,
      twoFactorRecoveryCodes: recoveryCodes.map((code) =>
        hashRecoveryCode(req.payload.secret, code),
      ),
    } as Record<string, unknown>,
    overrideAccess: true, // the fields are the system's; the person proved the code above
    depth: 0,
    req,
  })
  await forgetWrongCodes(req.payload, user.id)
  const session = viaChallenge ? await issueSession(req, user.id) : undefined
  return { message: t('twoFactor:enabled'), recoveryCodes, session }
}

/** An admin turns a user's second factor off; the user enrols again at the next sign-in. */
export async function resetSecondFactor(req: PayloadRequest, id: string | undefined) {
  const t = tOf(req)
  const user = id ? await storedUser(req, id) : null
  if (!user) throw new TwoFactorRefused(t('twoFactor:userNotFound'), 404)
  await req.payload.update({
    collection: collectionSlugs.users,
    id: user.id,
    data: {
      twoFactorEnabled: false,
      twoFactorSecret: null,
      twoFactorLastStep: null,
      twoFactorRecoveryCodes: null,
    } as Record<string, unknown>,
    overrideAccess: true, // the caller's role was checked by the endpoint: only admins reset
    depth: 0,
    req,
  })
  await forgetWrongCodes(req.payload, user.id)
  return { message: t('twoFactor:resetDone', { name: user.name }) }
}
