import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readEnv } from '@/env'
import { createApp } from '@/server/http/app'
import { rateLimits } from '@/server/http/rateLimits'
import { createClient } from 'redis'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let admin: ApiClient

beforeAll(async () => {
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  await ctx.teardown()
})

describe('accounts', () => {
  it('refuses a password shorter than 12 characters', async () => {
    const response = await admin.post('/users', {
      name: 'Short Password',
      email: 'short@test.local',
      password: 'hunter2',
      role: 'secretariat',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('password')
  })

  it('refuses a short password on reset too', async () => {
    const email = await createUser(ctx.payload, 'secretariat')
    const token = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const short = await admin.anonymous().post('/users/reset-password', { token, password: 'tiny' })
    expect(short.status).toBe(400)
    const long = await admin
      .anonymous()
      .post('/users/reset-password', { token, password: 'a much longer passphrase' })
    expect(long.status).toBe(200)
  })

  it('five failed logins do not lock the account: the next attempt waits, then the right password works', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const anonymous = admin.anonymous()
    for (let i = 0; i < 5; i++)
      expect(
        (await anonymous.post('/users/login', { email, password: 'wrong-password-123' })).status,
      ).toBe(401)
    // The sixth, at once, waits (2 s: the wait doubles with each attempt made while waiting).
    const waiting = await anonymous.post('/users/login', { email, password: TEST_PASSWORD })
    expect(waiting.status).toBe(429)
    expect(waiting.body.errors[0].message).toMatch(
      /^Too many failed sign-ins .* Try again in 2 seconds\./,
    )
    expect(waiting.body.errors[0].data).toEqual({ retryAfterSeconds: 2 })
    expect(waiting.headers.get('retry-after')).toBe('2')
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    const signedIn = await anonymous.post('/users/login', { email, password: TEST_PASSWORD })
    expect(signedIn.status).toBe(200)
    // Payload's lock is off: nothing is left to unlock.
    const user = (await admin.get('/users', { where: { email: { equals: email } } })).body.docs[0]
    expect(user).not.toHaveProperty('lockUntil')
    expect(user).not.toHaveProperty('loginAttempts')
  })
})

describe('cross-origin requests', () => {
  it('ignores the session cookie of a request from an origin not allowed', async () => {
    const evil = admin.asBrowser({ Origin: 'https://evil.example' })
    const response = await evil.post('/clusters', { name: 'Forged' })
    expect(response.status).toBe(403)
    expect((await evil.get('/users')).status).toBe(403)
  })

  it('accepts the session cookie from the platform’s own origin', async () => {
    const own = admin.asBrowser({ Origin: ctx.config.serverURL })
    expect((await own.get('/users')).status).toBe(200)
  })
})

describe('GraphQL limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ Clusters { docs { secretariat { clusters { docs { secretariat { clusters { docs { secretariat { name } } } } } } } } } }`
    const response = await admin.graphql(deep)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('Query depth limit of 8 exceeded, found 10.')
  })

  it('answers a query within the limit', async () => {
    const response = await admin.graphql(`{ Clusters { docs { name secretariat { name } } } }`)
    expect(response.status).toBe(200)
  })
})

describe('rate limits', () => {
  async function serve(env: ReturnType<typeof readEnv>) {
    const limits = await rateLimits(env, ctx.payload)
    const app = createApp({
      payload: ctx.payload,
      nextHandler: (_req, res) => res.status(401).json({ errors: [{ message: 'wrong login' }] }),
      isProduction: false,
      isShuttingDown: () => false,
      limiters: limits.middleware,
    })
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return {
      base,
      stop: async () => {
        await new Promise((r) => server.close(r))
        await limits.close()
      },
    }
  }
  const login = (base: string) =>
    fetch(`${base}/api/users/login`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })

  it('answers 429 with Retry-After past the login limit', async () => {
    const env = {
      ...readEnv(),
      redisUrl: undefined,
      rateLimits: { windowSeconds: 60, login: 2, passwordReset: 2, graphql: 100 },
    }
    const { base, stop } = await serve(env)
    expect((await login(base)).status).toBe(401)
    expect((await login(base)).status).toBe(401)
    const limited = await login(base)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    await stop()
  })

  it('shares the count between instances through Redis', async () => {
    const redis = createClient({ url: 'redis://127.0.0.1:6379' })
    await redis.connect()
    const stale = await redis.keys('grappes:rl:login:*')
    for (const key of stale) await redis.del(key)
    await redis.quit()
    const env = {
      ...readEnv(),
      redisUrl: 'redis://127.0.0.1:6379',
      rateLimits: { windowSeconds: 60, login: 3, passwordReset: 2, graphql: 100 },
    }
    const first = await serve(env)
    const second = await serve(env)
    const statuses = []
    for (const base of [first.base, second.base, first.base, second.base])
      statuses.push((await login(base)).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    await first.stop()
    await second.stop()
  })
})
