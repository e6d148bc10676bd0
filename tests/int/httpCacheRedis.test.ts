import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { responseCaching } from '@/server/responseCache/responseCaching'
import { readEnv } from '@/env'
import { startApiServer } from '../helpers/apiServer'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let caching: ReturnType<typeof responseCaching>
let first: Awaited<ReturnType<typeof startApiServer>>
let second: Awaited<ReturnType<typeof startApiServer>>
let editor: ApiClient
let clusterId: number

beforeAll(async () => {
  process.env.REDIS_URL = 'redis://127.0.0.1:6379'
  ctx = await startPayload()
  caching = responseCaching(readEnv())
  first = await startApiServer(ctx, caching)
  second = await startApiServer(ctx, responseCaching(readEnv()))
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
})

afterAll(async () => {
  delete process.env.REDIS_URL
  await first.stop()
  await second.stop()
  await ctx.teardown()
  await caching.close()
})

describe('the response cache in Redis', () => {
  it('is shared by two instances, and a publish through one is seen at once through the other', async () => {
    const path = `/api/clusters/${clusterId}?locale=en&t=${Date.now()}`
    expect((await fetch(`${first.base}${path}`)).headers.get('x-cache')).toBe('MISS')
    const fromSecond = await fetch(`${second.base}${path}`)
    expect(fromSecond.headers.get('x-cache')).toBe('HIT')
    await editor.patch(`/clusters/${clusterId}`, { summary: 'Shared v2', _status: 'published' })
    const fresh = await fetch(`${second.base}${path}`)
    expect((await fresh.json()).summary).toBe('Shared v2')
  })
})
