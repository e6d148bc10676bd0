import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'
import { TEST_PASSWORD } from '../helpers/users'

/**
 * The sign-in throttle over real HTTP against the production server. TRUST_PROXY lets each test
 * speak from addresses of its own (X-Forwarded-For, as behind HAProxy), which the Express host
 * turns into the client key the throttle counts by.
 */
let site: RunningSite
let adminToken: string
const WRONG = 'not-the-right-password'

type Answer = { status: number; body: any; retryAfter: number | null; deviceCookie?: string }

async function request(
  path: string,
  init: { body?: unknown; token?: string; address?: string; cookie?: string; lang?: string } = {},
  method = 'POST',
): Promise<Answer> {
  const response = await fetch(`${site.base}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': init.lang ?? 'en',
      'x-forwarded-for': init.address ?? '192.0.2.1',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      // A browser's cookie comes with its page's origin (Payload ignores cookies from other ones).
      ...(init.cookie ? { Cookie: init.cookie, Origin: site.base } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const device = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('grappes-device-'))
  return {
    status: response.status,
    body: await response.json(),
    retryAfter: response.headers.has('retry-after')
      ? Number(response.headers.get('retry-after'))
      : null,
    deviceCookie: device?.split(';')[0],
  }
}

const login = (
  email: string,
  password: string,
  address: string,
  extra: { cookie?: string; lang?: string } = {},
) => request('/users/login', { body: { email, password }, address, ...extra })

async function graphqlLogin(email: string, password: string, address: string): Promise<Answer> {
  return request('/graphql', {
    address,
    body: {
      query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    },
  })
}

let sequence = 0
async function newUser(role: 'communications' | 'secretariat' = 'communications') {
  const email = `throttle-${++sequence}-${Date.now()}@test.grappes.local`
  const created = await request('/users', {
    token: adminToken,
    body: { name: `Throttle ${sequence}`, email, password: TEST_PASSWORD, role },
  })
  expect(created.status).toBe(201)
  return { email, id: created.body.doc.id as number }
}

const asAdmin = async (email: string) =>
  (
    await request(
      `/users?where[email][equals]=${encodeURIComponent(email)}`,
      { token: adminToken },
      'GET',
    )
  ).body.docs[0]

beforeAll(async () => {
  site = await startProductionServer({ TRUST_PROXY: 'true' })
  const signedIn = await login(ADMIN.email, ADMIN.password, '192.0.2.250')
  expect(signedIn.status).toBe(200)
  adminToken = signedIn.body.token
}, 600_000)

afterAll(async () => {
  await site?.stop()
})

describe('50 wrong passwords from another address', () => {
  let victim: { email: string; id: number }
  const attacker = '203.0.113.7'
  const answers: Answer[] = []

  beforeAll(async () => {
    victim = await newUser()
    for (let i = 0; i < 50; i++) answers.push(await login(victim.email, WRONG, attacker))
  })

  it('do not stop the real user from signing in with the right password', async () => {
    const real = await login(victim.email, TEST_PASSWORD, '198.51.100.10')
    expect(real.status).toBe(200)
    expect(real.body.user.email).toBe(victim.email)
  })

  it('the attacker gets 401 five times, then 429 with a Retry-After that doubles up to 15 minutes', () => {
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual(Array(5).fill(401))
    expect(answers.slice(5).map((a) => a.status)).toEqual(Array(45).fill(429))
    const waits = answers.slice(5).map((a) => a.retryAfter)
    expect(waits.slice(0, 10)).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 900])
    expect(new Set(waits.slice(9))).toEqual(new Set([900]))
    expect(answers[5].body.errors[0].data.retryAfterSeconds).toBe(2)
  })

  it('the right password from the attacker’s address still waits (the throttle tells nothing)', async () => {
    const tried = await login(victim.email, TEST_PASSWORD, attacker)
    expect(tried.status).toBe(429)
    expect(tried.retryAfter).toBe(900)
  })

  it('says how long and whom to ask, in English and in French', async () => {
    const english = await login(victim.email, WRONG, attacker)
    expect(english.body.errors[0].message).toBe(
      'Too many failed sign-ins to this account from here. Try again in 15 minutes. If you cannot wait, ask a Grappes administrator to lift the wait.',
    )
    const french = await login(victim.email, WRONG, attacker, { lang: 'fr-CA' })
    expect(french.status).toBe(429)
    expect(french.body.errors[0].message).toBe(
      'Trop de connexions échouées à ce compte depuis cet endroit. Réessayez dans 15 minutes. Si vous ne pouvez pas attendre, demandez à un administrateur de Grappes de lever l’attente.',
    )
  })

  it('shows the account as throttled to an admin, and to nobody else', async () => {
    const seen = await asAdmin(victim.email)
    expect(seen.signInFailures).toBe(5)
    const until = Date.parse(seen.signInThrottledUntil)
    expect(until - Date.now()).toBeGreaterThan(14 * 60 * 1000)
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000)
    expect(typeof seen.lastSignInAt).toBe('string')

    const other = await newUser()
    const token = (await login(other.email, TEST_PASSWORD, '198.51.100.11')).body.token
    const own = await request(`/users/${other.id}`, { token }, 'GET')
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('signInThrottledUntil')
    expect(own.body).not.toHaveProperty('signInFailures')
    const refused = await request(`/users/${victim.id}/sign-in-throttle/clear`, { token })
    expect(refused.status).toBe(403)
  })

  it('an admin lifts the wait (audited), and the attacker’s address gets 401 again', async () => {
    const cleared = await request(`/users/${victim.id}/sign-in-throttle/clear`, {
      token: adminToken,
    })
    expect(cleared.status).toBe(200)
    expect(cleared.body.message).toBe(`The sign-in wait of ${victim.email} is lifted.`)
    const seen = await asAdmin(victim.email)
    expect(seen.signInFailures).toBe(0)
    expect(seen.signInThrottledUntil).toBeNull()
    expect((await login(victim.email, WRONG, attacker)).status).toBe(401)
    const audit = await request(
      `/audit-log?where[action][equals]=throttle_cleared&where[documentId][equals]=${victim.id}`,
      { token: adminToken },
      'GET',
    )
    expect(audit.body.totalDocs).toBe(1)
    expect(audit.body.docs[0].userEmail).toBe(ADMIN.email)
  })
})

describe('many addresses against one account', () => {
  it('slow down strangers, never a browser that signed in before (known device cookie)', async () => {
    const user = await newUser()
    const home = await login(user.email, TEST_PASSWORD, '198.51.100.20')
    expect(home.status).toBe(200)
    expect(home.deviceCookie).toMatch(/^grappes-device-[0-9a-f]{16}=/)

    // 20 addresses, one wrong password each: the account's 20 free failures.
    for (let i = 1; i <= 20; i++)
      expect((await login(user.email, WRONG, `203.0.113.${100 + i}`)).status).toBe(401)
    const next = await login(user.email, WRONG, '203.0.113.121')
    expect([next.status, next.retryAfter]).toEqual([429, 2])
    const stranger = await login(user.email, TEST_PASSWORD, '198.51.100.77')
    expect([stranger.status, stranger.retryAfter]).toEqual([429, 4])

    // The real user, from yet another address (travelling), with the browser they used before.
    const back = await login(user.email, TEST_PASSWORD, '198.51.100.78', {
      cookie: home.deviceCookie,
    })
    expect(back.status).toBe(200)
    // A forged cookie is a stranger's.
    const forged = home.deviceCookie!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect(
      (await login(user.email, TEST_PASSWORD, '198.51.100.79', { cookie: forged })).status,
    ).toBe(429)
  })
})

describe('GraphQL loginUser', () => {
  it('counts in the same throttle as REST and is refused with 429, Retry-After and the message', async () => {
    const user = await newUser()
    const address = '203.0.113.50'
    for (let i = 0; i < 3; i++) expect((await login(user.email, WRONG, address)).status).toBe(401)
    for (let i = 0; i < 2; i++) {
      const wrong = await graphqlLogin(user.email, WRONG, address)
      expect(wrong.status).toBe(401)
      expect(wrong.body.errors[0].message).toBe('The email or password provided is incorrect.')
    }
    const throttled = await graphqlLogin(user.email, TEST_PASSWORD, address)
    expect(throttled.status).toBe(429)
    expect(throttled.retryAfter).toBe(2)
    expect(throttled.body.errors[0].message).toMatch(
      /^Too many failed sign-ins .* Try again in 2 seconds\./,
    )
    expect((await graphqlLogin(user.email, TEST_PASSWORD, '198.51.100.30')).status).toBe(200)
  })
})

describe('sessions', () => {
  it('records the last sign-in', async () => {
    const user = await newUser()
    expect((await asAdmin(user.email)).lastSignInAt ?? null).toBeNull()
    const before = Date.now()
    expect((await login(user.email, TEST_PASSWORD, '198.51.100.40')).status).toBe(200)
    const at = Date.parse((await asAdmin(user.email)).lastSignInAt)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now())
  })

  it('an admin ends every session of a user: their tokens and cookies stop working (audited)', async () => {
    const user = await newUser()
    const first = await login(user.email, TEST_PASSWORD, '198.51.100.41')
    const second = await login(user.email, TEST_PASSWORD, '198.51.100.42')
    const cookie = `payload-token=${second.body.token}`
    const me = (init: { token?: string; cookie?: string }) =>
      request('/users/me', { ...init, address: '198.51.100.41' }, 'GET')
    expect((await me({ token: first.body.token })).body.user.email).toBe(user.email)
    expect((await me({ cookie })).body.user.email).toBe(user.email)

    const ended = await request(`/users/${user.id}/end-sessions`, { token: adminToken })
    expect(ended.status).toBe(200)
    expect(ended.body.message).toBe(
      `Every session of Throttle ${sequence} has ended: they must sign in again.`,
    )

    // Payload's /me answers 200 with no user for a dead session; reads that need one are refused.
    for (const init of [{ token: first.body.token }, { cookie }]) {
      expect((await me(init)).body.user).toBeNull()
      expect((await request(`/users/${user.id}`, { ...init }, 'GET')).status).toBe(403)
    }
    const audit = await request(
      `/audit-log?where[action][equals]=sessions_ended&where[documentId][equals]=${user.id}`,
      { token: adminToken },
      'GET',
    )
    expect(audit.body.totalDocs).toBe(1)
    // They sign in again as usual.
    expect((await login(user.email, TEST_PASSWORD, '198.51.100.41')).status).toBe(200)
  })

  it('is refused (403) to anyone but an admin, and 404 for an unknown user', async () => {
    const target = await newUser()
    const editor = await newUser()
    const token = (await login(editor.email, TEST_PASSWORD, '198.51.100.43')).body.token
    const refused = await request(`/users/${target.id}/end-sessions`, { token })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('You are not allowed to perform this action.')
    expect((await request(`/users/${target.id}/end-sessions`)).status).toBe(403)
    expect((await request('/users/999999/end-sessions', { token: adminToken })).status).toBe(404)
  })
})
