import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'
import { startRedisServer, type RedisTestServer } from '../helpers/redisServer'
import { serveDatabase } from '../helpers/serverOnDatabase'
import { TEST_PASSWORD } from '../helpers/users'

/**
 * Two production servers on one database and one Redis (as behind a load balancer): the sign-in
 * throttle's counts are shared, so spreading attempts over instances buys nothing.
 */
let redis: RedisTestServer
let first: RunningSite
let second: RunningSite
let adminToken: string

async function post(
  site: RunningSite,
  path: string,
  body: unknown,
  address: string,
  token?: string,
) {
  const response = await fetch(`${site.base}/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: await response.json(),
  }
}

beforeAll(async () => {
  redis = await startRedisServer()
  const settings = { REDIS_URL: redis.url, TRUST_PROXY: 'true' }
  first = await startProductionServer(settings)
  second = await serveDatabase(first.database, first.mediaDir, settings)
  adminToken = (await post(first, '/users/login', ADMIN, '192.0.2.250')).body.token
}, 900_000)

afterAll(async () => {
  await second?.stop()
  await first?.stop()
  await redis?.kill()
})

describe('the sign-in throttle with Redis', () => {
  it('counts on one instance what was tried on the other, and forgets after 24 hours', async () => {
    const email = `throttle-redis-${Date.now()}@test.grappes.local`
    const created = await post(
      first,
      '/users',
      { name: 'Throttle Redis', email, password: TEST_PASSWORD, role: 'communications' },
      '192.0.2.250',
      adminToken,
    )
    expect(created.status).toBe(201)
    // The second instance's first sign-in is slow (Next loads the route): not during the wait.
    await post(
      second,
      '/users/login',
      { email: 'nobody@test.grappes.local', password: 'x' },
      '192.0.2.9',
    )
    const attacker = '203.0.113.60'
    const statuses: number[] = []
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await post(first, '/users/login', { email, password: 'wrong-one' }, attacker)).status,
      )
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])

    // The ninth attempt, on the other instance: the wait doubles from the first's count (8 s → 16 s).
    const onSecond = await post(
      second,
      '/users/login',
      { email, password: TEST_PASSWORD },
      attacker,
    )
    expect([onSecond.status, onSecond.retryAfter]).toEqual([429, '16'])

    const client = createClient({ url: redis.url })
    await client.connect()
    const ttl = await client.ttl(`grappes:signin:pair:${email}|${attacker}`)
    await client.quit()
    expect(ttl).toBeGreaterThan(24 * 60 * 60 - 60)
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60)

    // Lifted on the second instance, lifted on the first.
    const cleared = await post(
      second,
      `/users/${created.body.doc.id}/sign-in-throttle/clear`,
      {},
      '192.0.2.250',
      adminToken,
    )
    expect(cleared.status).toBe(200)
    expect(
      (await post(first, '/users/login', { email, password: TEST_PASSWORD }, attacker)).status,
    ).toBe(200)
  })
})
