import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'otplib'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

// The default policy of a real deployment (tests/helpers/env.ts turns it off for the other tests).
process.env.TWO_FACTOR_REQUIRED_ROLES = 'admin,communications'

let ctx: TestContext
let anonymous: ApiClient

const MESSAGES = {
  en: {
    codeNeeded: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
    enrolmentNeeded: 'Your role requires two-factor sign-in: set it up to continue.',
    wrongCode: 'This code is not valid or was already used.',
    expired: 'This sign-in step has expired or is not valid: sign in again with your password.',
  },
  fr: {
    codeNeeded:
      'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de récupération.',
    enrolmentNeeded:
      'Votre rôle exige la connexion à deux facteurs : configurez-la pour continuer.',
    wrongCode: 'Ce code n’est pas valide ou a déjà été utilisé.',
    expired:
      'Cette étape de connexion a expiré ou n’est pas valide : reconnectez-vous avec votre mot de passe.',
  },
}

beforeAll(async () => {
  ctx = await startPayload()
  anonymous = new ApiClient(ctx.config)
})

afterAll(async () => {
  await ctx.teardown()
})

const french = () => anonymous.asBrowser({ 'Accept-Language': 'fr' })
const passwordStep = (email: string, client = anonymous) =>
  client.post('/users/login', { email, password: TEST_PASSWORD })
/** A code of the current 30-second step, or of the next one (`ahead`): each works once. */
const codeOf = (secret: string, ahead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 })
const userByEmail = async (email: string) =>
  (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]

/** Signs in with the password, enrols from the challenge, and returns what the user keeps. */
async function enrol(email: string) {
  const first = await passwordStep(email)
  const challenge = first.body.errors[0].data.challenge as string
  const setup = await anonymous.post('/users/two-factor/setup', { challenge })
  const enabled = await anonymous.post('/users/two-factor/enable', {
    challenge,
    enrolment: setup.body.enrolment,
    code: await codeOf(setup.body.secret),
  })
  expect(enabled.status).toBe(200)
  return {
    secret: setup.body.secret as string,
    recoveryCodes: enabled.body.recoveryCodes as string[],
    token: enabled.body.token as string,
  }
}

/** A user of `role` who has enrolled, and the challenge of a fresh password step. */
async function enrolledUser(role: 'admin' | 'communications' | 'secretariat' = 'communications') {
  const email = await createUser(ctx.payload, role)
  const enrolled = await enrol(email)
  const first = await passwordStep(email)
  return { email, ...enrolled, challenge: first.body.errors[0].data.challenge as string }
}

describe('a role that requires a second factor', () => {
  it('gets an enrolment challenge, no token and no cookie, for a right password', async () => {
    const email = await createUser(ctx.payload, 'admin')
    const first = await passwordStep(email)
    expect(first.status).toBe(401)
    expect(first.headers.get('set-cookie')).toBeNull()
    expect(first.body.token).toBeUndefined()
    expect(first.body.errors[0].message).toBe(MESSAGES.en.enrolmentNeeded)
    expect(first.body.errors[0].data).toEqual({
      twoFactorEnrolmentRequired: true,
      challenge: expect.any(String),
      expiresIn: 300,
    })
    const fr = await passwordStep(email, french())
    expect(fr.body.errors[0].message).toBe(MESSAGES.fr.enrolmentNeeded)
  })

  it('cannot use the challenge as a session: the API and the admin treat it as anonymous', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const challenge = (await passwordStep(email)).body.errors[0].data.challenge
    const asChallenge = anonymous.withToken(challenge)
    expect((await asChallenge.get('/users/me')).body.user).toBeNull()
    expect((await asChallenge.get('/audit-log')).status).toBe(403)
    expect((await asChallenge.asBrowser({}).get('/users/me')).body.user).toBeNull()
  })

  it('gets nothing from GraphQL loginUser but the challenge', async () => {
    const email = await createUser(ctx.payload, 'admin')
    const answer = await anonymous.graphql(
      `mutation { loginUser(email: "${email}", password: "${TEST_PASSWORD}") { token } }`,
    )
    expect(answer.headers.get('set-cookie')).toBeNull()
    expect(answer.body.data?.loginUser ?? null).toBeNull()
    expect(answer.body.errors[0].message).toBe(MESSAGES.en.enrolmentNeeded)
    expect(answer.body.errors[0].extensions.data.twoFactorEnrolmentRequired).toBe(true)
  })

  it('gets no token from a password reset either: the next sign-in asks for the enrolment', async () => {
    const email = await createUser(ctx.payload, 'admin')
    const token = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const reset = await anonymous.post('/users/reset-password', {
      token,
      password: 'another-long-enough-passphrase',
    })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeUndefined()
    const first = await anonymous.post('/users/login', {
      email,
      password: 'another-long-enough-passphrase',
    })
    expect(first.status).toBe(401)
    expect(first.body.errors[0].data.twoFactorEnrolmentRequired).toBe(true)
  })
})

describe('enrolment', () => {
  it('shows a QR code made by the server, refuses a wrong code, then issues the session and ten recovery codes', async () => {
    const email = await createUser(ctx.payload, 'admin')
    const challenge = (await passwordStep(email)).body.errors[0].data.challenge
    const setup = await anonymous.post('/users/two-factor/setup', { challenge })
    expect(setup.status).toBe(200)
    expect(setup.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(setup.body.qrCode.split(',')[1], 'base64').toString()).toContain('<svg')
    expect(setup.body.otpauthUrl).toBe(
      `otpauth://totp/Grappes:${encodeURIComponent(email)}?secret=${setup.body.secret}&issuer=Grappes`,
    )

    const wrong = await anonymous.post('/users/two-factor/enable', {
      challenge,
      enrolment: setup.body.enrolment,
      code: '000000' === (await codeOf(setup.body.secret)) ? '111111' : '000000',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    expect((await userByEmail(email)).twoFactorEnabled).toBe(false)

    const enabled = await anonymous.post('/users/two-factor/enable', {
      challenge,
      enrolment: setup.body.enrolment,
      code: await codeOf(setup.body.secret),
    })
    expect(enabled.status).toBe(200)
    expect(enabled.headers.get('set-cookie')).toMatch(/^payload-token=/)
    expect(enabled.body.recoveryCodes).toHaveLength(10)
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10)
    const me = await anonymous.withToken(enabled.body.token).get('/users/me')
    expect(me.body.user.email).toBe(email)
    expect(me.body.user.twoFactorEnabled).toBe(true)
  })

  it('refuses an enrolment made for another user', async () => {
    const first = await createUser(ctx.payload, 'admin')
    const second = await createUser(ctx.payload, 'admin')
    const firstChallenge = (await passwordStep(first)).body.errors[0].data.challenge
    const secondChallenge = (await passwordStep(second)).body.errors[0].data.challenge
    const setup = await anonymous.post('/users/two-factor/setup', { challenge: firstChallenge })
    const answer = await anonymous.post('/users/two-factor/enable', {
      challenge: secondChallenge,
      enrolment: setup.body.enrolment,
      code: await codeOf(setup.body.secret),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].path).toBe('enrolment')
  })

  it('is optional for a secretariat, who signs in with a password until they turn it on', async () => {
    const email = await createUser(ctx.payload, 'secretariat')
    const first = await passwordStep(email)
    expect(first.status).toBe(200)
    const session = anonymous.withToken(first.body.token)
    const setup = await session.post('/users/two-factor/setup', {})
    expect(setup.status).toBe(200)
    const enabled = await session.post('/users/two-factor/enable', {
      enrolment: setup.body.enrolment,
      code: await codeOf(setup.body.secret),
    })
    expect(enabled.status).toBe(200)
    expect(enabled.body.token).toBeUndefined()
    expect(enabled.body.recoveryCodes).toHaveLength(10)
    const next = await passwordStep(email)
    expect(next.status).toBe(401)
    expect(next.body.errors[0].data.twoFactorRequired).toBe(true)
    expect((await session.post('/users/two-factor/setup', {})).status).toBe(409)
  })
})

describe('the second step over REST', () => {
  it('asks for the code in the reader’s language, with a challenge and no token', async () => {
    const { email } = await enrolledUser()
    const first = await passwordStep(email)
    expect(first.status).toBe(401)
    expect(first.headers.get('set-cookie')).toBeNull()
    expect(first.body.errors[0].message).toBe(MESSAGES.en.codeNeeded)
    expect(first.body.errors[0].data).toEqual({
      twoFactorRequired: true,
      challenge: expect.any(String),
      expiresIn: 300,
    })
    expect((await passwordStep(email, french())).body.errors[0].message).toBe(
      MESSAGES.fr.codeNeeded,
    )
  })

  it('signs in with the right code once: the same code again is refused', async () => {
    const { email, secret, challenge } = await enrolledUser()
    const code = await codeOf(secret, 1)
    const verified = await anonymous.post('/users/two-factor/verify', { challenge, code })
    expect(verified.status).toBe(200)
    expect(verified.headers.get('set-cookie')).toMatch(/^payload-token=/)
    expect(verified.body.user.email).toBe(email)
    const session = anonymous.withToken(verified.body.token)
    expect((await session.get('/users/me')).body.user.email).toBe(email)
    expect((await session.post('/users/refresh-token', {})).status).toBe(200)

    const again = await anonymous.post('/users/two-factor/verify', { challenge, code })
    expect(again.status).toBe(401)
    expect(again.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    expect(again.body.token).toBeUndefined()
  })

  it('refuses a wrong code in English and French, and a tampered or missing challenge', async () => {
    const { secret, challenge } = await enrolledUser()
    const right = await codeOf(secret, 1)
    const wrong = right === '123456' ? '654321' : '123456'
    const refused = await anonymous.post('/users/two-factor/verify', { challenge, code: wrong })
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    const fr = await french().post('/users/two-factor/verify', { challenge, code: wrong })
    expect(fr.body.errors[0].message).toBe(MESSAGES.fr.wrongCode)

    const [body, signature] = challenge.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = `${Buffer.from(JSON.stringify({ ...claims, userId: 1 })).toString('base64url')}.${signature}`
    const tampered = await anonymous.post('/users/two-factor/verify', {
      challenge: forged,
      code: right,
    })
    expect(tampered.status).toBe(401)
    expect(tampered.body.errors[0].message).toBe(MESSAGES.en.expired)

    const missing = await anonymous.post('/users/two-factor/verify', { challenge })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors[0]).toEqual({
      message: 'Enter a code.',
      path: 'code',
    })
  })

  it('clears the sign-in throttle of this browser once the second step passes, as a password sign-in does', async () => {
    const { email, secret } = await enrolledUser()
    const wrong = () => anonymous.post('/users/login', { email, password: 'not-the-password' })
    for (let i = 0; i < 4; i++) expect((await wrong()).status).toBe(401)
    const challenge = (await passwordStep(email)).body.errors[0].data.challenge
    const verified = await anonymous.post('/users/two-factor/verify', {
      challenge,
      code: await codeOf(secret, 1),
    })
    expect(verified.status).toBe(200)
    // Counted from zero again: five more free failures (kept, the sixth would already wait).
    const after: number[] = []
    for (let i = 0; i < 5; i++) after.push((await wrong()).status)
    expect(after).toEqual([401, 401, 401, 401, 401])
  })

  it('accepts each recovery code once', async () => {
    const { email, recoveryCodes, challenge } = await enrolledUser()
    const typed = recoveryCodes[3].toUpperCase().replace(/-/g, ' ')
    const verified = await anonymous.post('/users/two-factor/verify', { challenge, code: typed })
    expect(verified.status).toBe(200)
    expect(verified.body.user.email).toBe(email)
    const again = await anonymous.post('/users/two-factor/verify', {
      challenge,
      code: recoveryCodes[3],
    })
    expect(again.status).toBe(401)
    expect(again.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    expect(
      (await anonymous.post('/users/two-factor/verify', { challenge, code: recoveryCodes[4] }))
        .status,
    ).toBe(200)
  })

  it('holds an account after five wrong codes, even the right code, and says how long', async () => {
    const { secret, challenge } = await enrolledUser()
    const right = await codeOf(secret, 1)
    const wrong = right === '123456' ? '654321' : '123456'
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(
        (await anonymous.post('/users/two-factor/verify', { challenge, code: wrong })).status,
      ).toBe(401)
    const held = await anonymous.post('/users/two-factor/verify', { challenge, code: right })
    expect(held.status).toBe(429)
    expect(held.body.errors[0].message).toBe('Too many wrong codes: try again in 15 minutes.')
  })

  it('records signing in and refused codes in the audit trail', async () => {
    const { email, secret, challenge } = await enrolledUser()
    await anonymous.post('/users/two-factor/verify', { challenge, code: '000000' })
    await anonymous.post('/users/two-factor/verify', { challenge, code: await codeOf(secret, 1) })
    const entries = await ctx.payload.find({
      collection: 'audit-log',
      where: { userEmail: { equals: email }, action: { in: ['login', 'login_failed'] } },
      sort: 'at',
      limit: 10,
    })
    expect(entries.docs.map((entry) => entry.action)).toEqual(
      (await codeOf(secret)) === '000000' ? ['login', 'login'] : ['login', 'login_failed', 'login'],
    )
  })
})

describe('the second step over GraphQL', () => {
  const LOGIN = `mutation ($email: String!, $password: String!) {
    loginUser(email: $email, password: $password) { token } }`
  const SECOND = `mutation ($challenge: String!, $code: String!) {
    loginWithSecondFactor(challenge: $challenge, code: $code) { token exp user { email } } }`

  it('answers loginUser with a challenge, refuses a wrong or reused code, accepts the right one and a recovery code once', async () => {
    const { email, secret, recoveryCodes } = await enrolledUser('admin')
    const first = await anonymous.graphql(LOGIN, { email, password: TEST_PASSWORD })
    expect(first.body.errors[0].message).toBe(MESSAGES.en.codeNeeded)
    const { challenge, twoFactorRequired } = first.body.errors[0].extensions.data
    expect(twoFactorRequired).toBe(true)

    const code = await codeOf(secret, 1)
    const wrong = await anonymous.graphql(SECOND, {
      challenge,
      code: code === '123456' ? '654321' : '123456',
    })
    expect(wrong.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    expect(wrong.body.errors[0].extensions.statusCode).toBe(401)
    const frWrong = await anonymous.graphql(
      SECOND,
      { challenge, code: '99' },
      { 'Accept-Language': 'fr' },
    )
    expect(frWrong.body.errors[0].message).toBe(MESSAGES.fr.wrongCode)

    const right = await anonymous.graphql(SECOND, { challenge, code })
    expect(right.body.errors).toBeUndefined()
    expect(right.body.data.loginWithSecondFactor.user.email).toBe(email)
    expect(right.headers.get('set-cookie')).toMatch(/^payload-token=/)
    const me = await anonymous
      .withToken(right.body.data.loginWithSecondFactor.token)
      .graphql('{ meUser { user { email } } }')
    expect(me.body.data.meUser.user.email).toBe(email)

    const reused = await anonymous.graphql(SECOND, { challenge, code })
    expect(reused.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
    const recovery = await anonymous.graphql(SECOND, { challenge, code: recoveryCodes[0] })
    expect(recovery.body.data.loginWithSecondFactor.user.email).toBe(email)
    const recoveryAgain = await anonymous.graphql(SECOND, { challenge, code: recoveryCodes[0] })
    expect(recoveryAgain.body.errors[0].message).toBe(MESSAGES.en.wrongCode)
  })

  it('enrols a role that requires it, from the challenge of loginUser', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const first = await anonymous.graphql(LOGIN, { email, password: TEST_PASSWORD })
    const { challenge } = first.body.errors[0].extensions.data
    const setup = await anonymous.graphql(
      `mutation ($challenge: String) { loginSetupSecondFactor(challenge: $challenge) { secret enrolment qrCode } }`,
      { challenge },
    )
    const { secret, enrolment } = setup.body.data.loginSetupSecondFactor
    const enabled = await anonymous.graphql(
      `mutation ($challenge: String, $enrolment: String!, $code: String!) {
        loginEnableSecondFactor(challenge: $challenge, enrolment: $enrolment, code: $code) {
          recoveryCodes token user { email } } }`,
      { challenge, enrolment, code: await codeOf(secret) },
    )
    expect(enabled.body.data.loginEnableSecondFactor.recoveryCodes).toHaveLength(10)
    expect(enabled.body.data.loginEnableSecondFactor.user.email).toBe(email)
  })
})

describe('an admin resets a user’s second factor', () => {
  it('only an admin may; the reset is audited and the user enrols again', async () => {
    const { email } = await enrolledUser('communications')
    const id = (await userByEmail(email)).id
    const communications = await enrolledUser('communications')
    const other = anonymous.withToken(communications.token)
    const refused = await other.post(`/users/${id}/two-factor/reset`, {})
    expect(refused.status).toBe(403)

    const adminUser = await enrolledUser('admin')
    const admin = anonymous.withToken(adminUser.token)
    const reset = await admin.post(`/users/${id}/two-factor/reset`, {})
    expect(reset.status).toBe(200)
    expect(reset.body.message).toMatch(/^Two-factor sign-in was reset: /)
    expect((await userByEmail(email)).twoFactorEnabled).toBe(false)
    expect((await admin.post('/users/999999/two-factor/reset', {})).status).toBe(404)

    const entries = await admin.get('/audit-log', {
      where: {
        collection: { equals: 'users' },
        documentId: { equals: String(id) },
        action: { equals: 'update' },
      },
      sort: '-at',
      limit: 1,
    })
    const entry = entries.body.docs[0]
    expect(entry.userEmail).toBe(adminUser.email)
    expect(entry.changedFields).toContain('twoFactorEnabled')
    expect(entry.changes).toContainEqual({
      field: 'twoFactorEnabled',
      before: 'true',
      after: 'false',
    })

    const next = await passwordStep(email)
    expect(next.body.errors[0].data.twoFactorEnrolmentRequired).toBe(true)
  })
})

describe('what no API read returns', () => {
  it('never shows the secret, the recovery codes or their hashes: REST, GraphQL, audit trail', async () => {
    const enrolled = await enrolledUser('admin')
    const stored = (await ctx.payload.db.findOne({
      collection: 'users',
      where: { email: { equals: enrolled.email } },
    })) as unknown as Record<string, unknown>
    expect(typeof stored.twoFactorSecret).toBe('string')
    expect(stored.twoFactorSecret).not.toContain(enrolled.secret)
    expect(stored.twoFactorRecoveryCodes).toHaveLength(10)
    const session = anonymous.withToken(enrolled.token)
    const id = stored.id
    const reads = [
      await session.get('/users/me'),
      await session.get(`/users/${id}`),
      await session.get(`/users/${id}`, { showHiddenFields: 'true' }),
      await session.get('/users', { limit: 100, depth: 2 }),
      await session.get('/users', { where: { twoFactorSecret: { exists: true } } }),
      await session.get('/audit-log', { limit: 100 }),
      await session.graphql(`{ Users(limit: 100) { docs { id email twoFactorEnabled } } }`),
      await session.graphql(`{ User(id: ${id}) { twoFactorSecret } }`),
      await session.graphql(`{ meUser { user { email } } }`),
    ]
    const everything = JSON.stringify(reads.map((read) => read.body))
    expect(everything).toContain(enrolled.email)
    for (const secret of [
      enrolled.secret,
      stored.twoFactorSecret as string,
      ...(stored.twoFactorRecoveryCodes as string[]),
      ...enrolled.recoveryCodes,
    ])
      expect(everything).not.toContain(secret)
    // Only GraphQL names the field (its schema lists it), and answers null.
    expect(reads[7].body).toEqual({ data: { User: { twoFactorSecret: null } } })
    const restReads = JSON.stringify(reads.slice(0, 6).map((read) => read.body))
    expect(restReads).not.toMatch(/"twoFactor(Secret|RecoveryCodes|LastStep)"\s*:/)
    // Querying on the hidden field does not reveal who has one.
    expect(reads[4].status).toBe(400)
  })

  it('refuses writes of the two-factor fields through the API', async () => {
    const enrolled = await enrolledUser('admin')
    const id = (await userByEmail(enrolled.email)).id
    const session = anonymous.withToken(enrolled.token)
    await session.patch(`/users/${id}`, {
      twoFactorEnabled: false,
      twoFactorSecret: 'x',
      twoFactorRecoveryCodes: [],
    })
    const stored = (await ctx.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: id } },
    })) as unknown as Record<string, unknown>
    expect(stored.twoFactorEnabled).toBe(true)
    expect(stored.twoFactorSecret).not.toBe('x')
    expect(stored.twoFactorRecoveryCodes).toHaveLength(10)
  })
})
