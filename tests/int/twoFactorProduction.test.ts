import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'otplib'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

let site: RunningSite

beforeAll(async () => {
  site = await startProductionServer({
    TWO_FACTOR_REQUIRED_ROLES: 'admin,communications',
    RATE_LIMIT_LOGIN: '6',
  })
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${site.base}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('two-factor sign-in on the production server (Express host, Next build)', () => {
  it('answers the challenge in step 1, enrols, signs in with a code, and counts codes in the login limit', async () => {
    const first = await post('/users/login', ADMIN)
    expect(first.status).toBe(401)
    expect(first.headers.get('set-cookie')).toBeNull()
    expect(first.body.errors[0].data).toEqual({
      twoFactorEnrolmentRequired: true,
      challenge: expect.any(String),
      expiresIn: 300,
    })
    const challenge = first.body.errors[0].data.challenge
    const setup = await post('/users/two-factor/setup', { challenge })
    expect(setup.status).toBe(200)
    const enabled = await post('/users/two-factor/enable', {
      challenge,
      enrolment: setup.body.enrolment,
      code: await generate({ secret: setup.body.secret }),
    })
    expect(enabled.status).toBe(200)
    expect(enabled.body.recoveryCodes).toHaveLength(10)

    const second = await post('/users/login', ADMIN, { 'accept-language': 'fr' })
    expect(second.status).toBe(401)
    expect(second.body.errors[0].message).toBe(
      'Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de récupération.',
    )
    const verifyChallenge = second.body.errors[0].data.challenge
    const wrong = await post('/users/two-factor/verify', { challenge: verifyChallenge, code: 'x' })
    expect(wrong.status).toBe(401)
    const verified = await post('/users/two-factor/verify', {
      challenge: verifyChallenge,
      code: enabled.body.recoveryCodes[0],
    })
    expect(verified.status).toBe(200)
    expect(verified.headers.get('set-cookie')).toMatch(/^payload-token=/)
    const me = await fetch(`${site.base}/api/users/me`, {
      headers: { Authorization: `JWT ${verified.body.token}` },
    })
    expect((await me.json()).user.email).toBe(ADMIN.email)

    // Five requests to the login paths so far from this address (setup is not one): the sixth is
    // the last one allowed, the seventh is over the limit.
    expect(
      (await post('/users/two-factor/verify', { challenge: verifyChallenge, code: '1' })).status,
    ).toBe(401)
    const limited = await post('/users/two-factor/verify', {
      challenge: verifyChallenge,
      code: '1',
    })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  }, 120_000)
})
