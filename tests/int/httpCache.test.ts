import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { responseCaching } from '@/server/responseCache/responseCaching'
import { readEnv } from '@/env'
import { startApiServer } from '../helpers/apiServer'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: Awaited<ReturnType<typeof startApiServer>>
let caching: ReturnType<typeof responseCaching>
let editor: ApiClient
let token: string
let orgId: number
let clusterId: number

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.base}${path}`, { headers })
const json = async (path: string, headers: Record<string, string> = {}) =>
  (await get(path, headers)).json()

beforeAll(async () => {
  ctx = await startPayload()
  caching = responseCaching({ ...readEnv(), redisUrl: undefined }, ctx.payload)
  server = await startApiServer(ctx, caching)
  const email = await createUser(ctx.payload, 'communications')
  editor = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
  token = (await editor.post('/users/login', { email, password: TEST_PASSWORD })).body.token
  orgId = (
    await editor.post('/organizations', {
      name: 'Aéro Montréal',
      kind: 'secretariat',
      region: 'greater_montreal',
      _status: 'published',
    })
  ).body.doc.id
  clusterId = (
    await editor.post('/clusters', {
      name: 'Aerospace',
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: orgId,
      summary: 'Version 1',
      _status: 'published',
    })
  ).body.doc.id
})

afterAll(async () => {
  await server.stop()
  await ctx.teardown()
  await caching.close()
})

describe('HTTP caching of anonymous reads', () => {
  it('answers with a strong ETag and public Cache-Control, then from the cache, then 304', async () => {
    const first = await get(`/api/clusters/${clusterId}`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+$/,
    )
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await get(`/api/clusters/${clusterId}`)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    const notModified = await get(`/api/clusters/${clusterId}`, { 'If-None-Match': etag! })
    expect(notModified.status).toBe(304)
    const head = await fetch(`${server.base}/api/clusters/${clusterId}`, { method: 'HEAD' })
    expect(head.headers.get('x-cache')).toBe('HIT')
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'))
  })

  it('answers a hit with the security headers and the CORS headers of the asking origin', async () => {
    const allowed = readEnv().allowedOrigins[0]
    const path = `/api/clusters/${clusterId}?cors=1`
    expect((await get(path, { Origin: allowed })).headers.get('x-cache')).toBe('MISS')
    const hit = await get(path, { Origin: allowed })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(hit.headers.get('access-control-allow-origin')).toBe(allowed)
    expect(hit.headers.get('vary')).toBe('Origin')
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff')
    expect(hit.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(hit.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const others: Record<string, string>[] = [{ Origin: 'https://elsewhere.example' }, {}]
    for (const headers of others) {
      await get(path, headers)
      const other = await get(path, headers)
      expect(other.headers.get('x-cache')).toBe('HIT')
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('keeps personal answers same-origin, under the strict API headers', async () => {
    const me = await get('/api/users/me', { Authorization: `JWT ${token}` })
    expect(me.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(me.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(me.headers.get('x-frame-options')).toBe('DENY')
  })

  it('streams uploaded files, byte ranges included, embeddable by front ends elsewhere', async () => {
    const image = await sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 30 } },
    })
      .png()
      .toBuffer()
    const { doc } = (
      await editor.upload(
        '/media',
        { name: 'red.png', type: 'image/png', data: image },
        { alt: 'A red square' },
      )
    ).body
    const path = `/api/media/file/${doc.filename}`
    for (let i = 0; i < 2; i++) {
      const whole = await get(path)
      expect(whole.status).toBe(200)
      expect(Buffer.from(await whole.arrayBuffer()).equals(image)).toBe(true)
      expect(whole.headers.get('x-cache')).toBeNull()
      expect(whole.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      expect(whole.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
      const part = await get(path, { Range: 'bytes=0-9' })
      expect(part.status).toBe(206)
      expect(part.headers.get('content-range')).toBe(`bytes 0-9/${image.length}`)
      expect(Buffer.from(await part.arrayBuffer()).equals(image.subarray(0, 10))).toBe(true)
    }
  })

  it('serves the new content on the very next read after a publish: REST, list, GraphQL', async () => {
    const graphqlPath = `/api/graphql?query=${encodeURIComponent('{ Clusters { docs { summary } } }')}`
    await get(`/api/clusters/${clusterId}`)
    await get('/api/clusters')
    await get(graphqlPath)
    const before = (await get(`/api/clusters/${clusterId}`)).headers.get('etag')
    await editor.patch(`/clusters/${clusterId}`, { summary: 'Version 2', _status: 'published' })
    const after = await get(`/api/clusters/${clusterId}`)
    expect((await after.json()).summary).toBe('Version 2')
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await json('/api/clusters')).docs[0].summary).toBe('Version 2')
    expect((await json(graphqlPath)).data.Clusters.docs[0].summary).toBe('Version 2')
  })

  it('keeps the public cache when a user or an API client changes (never public)', async () => {
    const path = `/api/clusters/${clusterId}?private-changes=1`
    expect((await get(path)).headers.get('x-cache')).toBe('MISS')
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    const admin = await new ApiClient(ctx.config).login(
      await createUser(ctx.payload, 'admin'),
      TEST_PASSWORD,
    )
    const { user } = (await admin.get('/users/me')).body
    expect((await admin.patch(`/users/${user.id}`, { name: 'Renamed' })).status).toBe(200)
    const apiClient = await admin.post('/api-clients', { name: 'Website' })
    expect(apiClient.status).toBe(201)
    expect(
      (await admin.patch(`/api-clients/${apiClient.body.doc.id}`, { description: 'Site' })).status,
    ).toBe(200)
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
  })

  it('keeps the public cache on a draft save; a publish of the global empties it', async () => {
    const path = '/api/globals/ecosystem-figures?locale=en'
    expect((await get(path)).headers.get('x-cache')).toBe('MISS')
    const figures = { groups: [{ key: 'jobs', title: 'Jobs', figures: [] }] }
    await editor.post('/globals/ecosystem-figures', figures, { draft: 'true' })
    await editor.patch(`/clusters/${clusterId}`, { summary: 'A draft' }, { draft: 'true' })
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    await editor.post('/globals/ecosystem-figures', { ...figures, _status: 'published' })
    const fresh = await get(path)
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect((await fresh.json()).groups[0].key).toBe('jobs')
  })

  it('refreshes a document that only references the changed one', async () => {
    expect((await json(`/api/clusters/${clusterId}?depth=1`)).secretariat.name).toBe(
      'Aéro Montréal',
    )
    await editor.patch(`/organizations/${orgId}`, {
      name: 'Aéro Montréal (renamed)',
      _status: 'published',
    })
    expect((await json(`/api/clusters/${clusterId}?depth=1`)).secretariat.name).toBe(
      'Aéro Montréal (renamed)',
    )
  })

  it('never serves a draft to an anonymous reader', async () => {
    await get(`/api/clusters/${clusterId}`)
    await editor.patch(`/clusters/${clusterId}`, { summary: 'Draft only' }, { draft: 'true' })
    expect((await json(`/api/clusters/${clusterId}`)).summary).toBe('Version 2')
    const draftAsk = await get(`/api/clusters/${clusterId}?draft=true`)
    expect(draftAsk.headers.get('cache-control')).toBe('private, no-store')
    expect((await draftAsk.json()).summary).toBe('Version 2')
  })

  it('keeps signed-in reads out of the public cache, both ways', async () => {
    const signedIn = await get(`/api/clusters/${clusterId}?draft=true`, {
      Authorization: `JWT ${token}`,
    })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    expect(signedIn.headers.get('x-cache')).toBeNull()
    expect((await signedIn.json()).summary).toBe('Draft only')
    const again = await get(`/api/clusters/${clusterId}`, { Authorization: `JWT ${token}` })
    expect(again.headers.get('x-cache')).toBeNull()
    expect((await json(`/api/clusters/${clusterId}`)).summary).toBe('Version 2')
  })

  it('refreshes on unpublish and delete', async () => {
    await editor.patch(`/clusters/${clusterId}`, { _status: 'draft' })
    expect((await get(`/api/clusters/${clusterId}`)).status).toBe(404)
    await editor.patch(`/clusters/${clusterId}`, { _status: 'published' })
    expect((await get(`/api/clusters/${clusterId}`)).status).toBe(200)
    await editor.delete(`/clusters/${clusterId}`)
    expect((await get(`/api/clusters/${clusterId}`)).status).toBe(404)
    expect((await json('/api/clusters')).totalDocs).toBe(0)
  })
})
