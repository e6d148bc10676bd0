import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'otplib'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * The sign-in throttle and the second factor together, as the issue asks, on the production
 * server: 50 wrong passwords from another address do not stop the real user from signing in with
 * the right password and code, from the browser they signed in with before; and a right password
 * that still needs its code is never counted as a failure (it was, and a user who opened the
 * sign-in page six times was made to wait). TRUST_PROXY gives each request its address.
 */
let site: RunningSite

type Answer = { status: number; body: any; deviceCookie?: string }

async function post(
  path: string,
  body: unknown,
  { address, cookie }: { address: string; cookie?: string },
): Promise<Answer> {
  const response = await fetch(`${site.base}/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(cookie ? { Cookie: cookie, Origin: site.base } : {}),
    },
    body: JSON.stringify(body),
  })
  const device = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('grappes-device-'))
  return {
    status: response.status,
    body: await response.json(),
    deviceCookie: device?.split(';')[0],
  }
}

const REAL_USER = '198.51.100.7'
const ATTACKER = '203.0.113.66'
let deviceCookie: string | undefined
let recoveryCodes: string[]

beforeAll(async () => {
  site = await startProductionServer({
    TWO_FACTOR_REQUIRED_ROLES: 'admin,communications',
    TRUST_PROXY: 'true',
  })
  // The admin enrols from their browser: step 1, then the enrolment, which signs them in.
  const first = await post('/users/login', ADMIN, { address: REAL_USER })
  expect(first.status).toBe(401)
  const { challenge } = first.body.errors[0].data
  const setup = await post('/users/two-factor/setup', { challenge }, { address: REAL_USER })
  expect(setup.status).toBe(200)
  const enabled = await post(
    '/users/two-factor/enable',
    {
      challenge,
      enrolment: setup.body.enrolment,
      code: await generate({ secret: setup.body.secret }),
    },
    { address: REAL_USER },
  )
  expect(enabled.status).toBe(200)
  expect(enabled.body.token).toEqual(expect.any(String))
  recoveryCodes = enabled.body.recoveryCodes
  deviceCookie = enabled.deviceCookie
}, 400_000)

afterAll(async () => {
  await site?.stop()
})

describe('sign-in with a second factor under attack', () => {
  it('makes the browser that completed the second factor a known one', () => {
    expect(deviceCookie).toMatch(/^grappes-device-[^=]+=.+/)
  })

  it('never counts a right password that needs its code as a failure', async () => {
    for (let i = 0; i < 8; i++) {
      const step1 = await post('/users/login', ADMIN, { address: '198.51.100.20' })
      expect(step1.status).toBe(401)
      expect(step1.body.errors[0].data.twoFactorRequired).toBe(true)
    }
  })

  it('lets the real user in with password and code after 50 wrong passwords from another address', async () => {
    const attempts: number[] = []
    for (let i = 0; i < 50; i++)
      attempts.push(
        (
          await post(
            '/users/login',
            { email: ADMIN.email, password: `wrong-${i}` },
            { address: ATTACKER },
          )
        ).status,
      )
    expect(attempts.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(attempts.at(-1)).toBe(429)
    // The attacker's address waits even with the right password.
    expect((await post('/users/login', ADMIN, { address: ATTACKER })).status).toBe(429)

    const step1 = await post('/users/login', ADMIN, { address: REAL_USER, cookie: deviceCookie })
    expect(step1.status).toBe(401)
    expect(step1.body.errors[0].data.twoFactorRequired).toBe(true)
    const step2 = await post(
      '/users/two-factor/verify',
      { challenge: step1.body.errors[0].data.challenge, code: recoveryCodes[0] },
      { address: REAL_USER, cookie: deviceCookie },
    )
    expect(step2.status).toBe(200)
    const me = await fetch(`${site.base}/api/users/me`, {
      headers: { Authorization: `JWT ${step2.body.token}` },
    })
    expect((await me.json()).user.email).toBe(ADMIN.email)
  })
})
