import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readEnv } from '@/env'
import { responseCaching } from '@/server/responseCache/responseCaching'
import { startApiServer } from '../helpers/apiServer'
import { ApiClient } from '../helpers/client'
import { connectPayload, type TestContext } from '../helpers/payload'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

/**
 * Two instances behind one load balancer: this process, and the production server in a process of
 * its own, on one database and one Redis. Nothing but Redis can carry the content version from one
 * to the other, so what one publishes is seen at once through the other only if Redis does.
 */
const REDIS_URL = 'redis://127.0.0.1:6379'
let site: RunningSite
let ctx: TestContext
let caching: ReturnType<typeof responseCaching>
let here: Awaited<ReturnType<typeof startApiServer>>
let editor: ApiClient
let clusterId: number

const cacheState = async (base: string, path: string) =>
  (await fetch(`${base}${path}`)).headers.get('x-cache')

beforeAll(async () => {
  process.env.REDIS_URL = REDIS_URL
  site = await startProductionServer({ REDIS_URL })
  ctx = await connectPayload(site.database, site.mediaDir)
  caching = responseCaching(readEnv(), ctx.payload)
  here = await startApiServer(ctx, caching)
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  const org = (
    await editor.post('/organizations', {
      name: 'Écotech',
      kind: 'secretariat',
      region: 'quebec',
      _status: 'published',
    })
  ).body.doc.id
  clusterId = (
    await editor.post('/clusters', {
      name: `Cleantech ${Date.now()}`,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: org,
      summary: 'Shared v1',
      _status: 'published',
    })
  ).body.doc.id
}, 300_000)

afterAll(async () => {
  delete process.env.REDIS_URL
  await here?.stop()
  await caching?.close()
  await ctx?.teardown()
  await site?.stop()
})

describe('the response cache and the content version in Redis', () => {
  it('are shared by two processes: a publish through one is seen at once through the other', async () => {
    const path = `/api/clusters/${clusterId}?locale=en&t=${Date.now()}`
    expect(await cacheState(here.base, path)).toBe('MISS')
    expect(await cacheState(site.base, path)).toBe('HIT')
    await editor.patch(`/clusters/${clusterId}`, { summary: 'Shared v2', _status: 'published' })
    const fresh = await fetch(`${site.base}${path}`)
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect((await fresh.json()).summary).toBe('Shared v2')
    expect(await cacheState(here.base, path)).toBe('HIT')
  })

  it('the other way too: a publish through the other process is seen here at once', async () => {
    const path = `/api/clusters/${clusterId}?locale=en&t=${Date.now()}`
    expect(await cacheState(here.base, path)).toBe('MISS')
    const { token } = await apiJson(site, '/users/login', {
      method: 'POST',
      body: JSON.stringify(ADMIN),
    })
    const saved = await apiJson(site, `/clusters/${clusterId}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ summary: 'Shared v3', _status: 'published' }),
    })
    expect(saved.doc.summary).toBe('Shared v3')
    const fresh = await fetch(`${here.base}${path}`)
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect((await fresh.json()).summary).toBe('Shared v3')
  })

  it('a user update through one process empties the cache of neither', async () => {
    const path = `/api/clusters/${clusterId}?locale=en&t=${Date.now()}`
    expect(await cacheState(here.base, path)).toBe('MISS')
    expect(await cacheState(site.base, path)).toBe('HIT')
    const { user } = (await editor.get('/users/me')).body
    expect((await editor.patch(`/users/${user.id}`, { name: 'Renamed' })).status).toBe(200)
    expect(await cacheState(site.base, path)).toBe('HIT')
    expect(await cacheState(here.base, path)).toBe('HIT')
  })
})
