import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let admin: ApiClient
let comms: ApiClient
let commsEmail: string
let clusterId: number

async function entries(where: Record<string, unknown>) {
  const found = await admin.get('/audit-log', { where, sort: 'at', limit: 100 })
  return found.body.docs as Array<{
    id: number
    action: string
    userEmail: string
    changedFields: string[]
    documentId: string | null
    collection: string | null
    global: string | null
  }>
}

beforeAll(async () => {
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
  commsEmail = await createUser(ctx.payload, 'communications')
  comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
  const org = await fixtureOrganization(ctx.payload)

  clusterId = (
    await comms.post(
      '/clusters',
      { name: 'Photonics', kind: 'cluster', region: 'sherbrooke', secretariat: org, summary: 'v1' },
      { draft: 'true' },
    )
  ).body.doc.id
  await comms.patch(`/clusters/${clusterId}`, { summary: 'v2' }, { draft: 'true' })
  await comms.patch(`/clusters/${clusterId}`, { _status: 'published' })
  await comms.patch(`/clusters/${clusterId}`, { _status: 'draft' })
  const versions = await comms.get('/clusters/versions', {
    where: { parent: { equals: clusterId } },
    sort: 'createdAt',
  })
  await comms.post(`/clusters/versions/${versions.body.docs[0].id}`, {})
  await comms.delete(`/clusters/${clusterId}`)
  await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD).catch(() => undefined)
  await comms.post('/users/login', { email: commsEmail, password: 'wrong-password-here' })

  const groups = [{ key: 'audited', title: 'Audited', figures: [] }]
  expect(
    (await comms.post('/globals/ecosystem-figures', { groups }, { draft: 'true' })).status,
  ).toBe(200)
  expect(
    (
      await comms.post('/globals/ecosystem-figures', {
        groups: [{ ...groups[0], intro: 'Now public' }],
        _status: 'published',
      })
    ).status,
  ).toBe(200)
  const globalVersions = await comms.get('/globals/ecosystem-figures/versions', {
    sort: 'createdAt',
  })
  expect(
    (await comms.post(`/globals/ecosystem-figures/versions/${globalVersions.body.docs[0].id}`, {}))
      .status,
  ).toBe(200)
})

afterAll(async () => {
  await ctx.teardown()
})

describe('audit trail', () => {
  it('records every change to a document, who made it and which fields changed', async () => {
    const trail = await entries({
      collection: { equals: 'clusters' },
      documentId: { equals: String(clusterId) },
    })
    expect(trail.map((e) => e.action)).toEqual([
      'create',
      'update',
      'publish',
      'unpublish',
      'restore',
      'delete',
    ])
    expect(trail.every((e) => e.userEmail === commsEmail)).toBe(true)
    expect(trail[1].changedFields).toContain('summary')
  })

  it('records every change to a global: who, which global, and which fields changed', async () => {
    const trail = await entries({ global: { equals: 'ecosystem-figures' } })
    expect(trail.map((e) => e.action)).toEqual(['update', 'publish', 'restore'])
    expect(trail.every((e) => e.userEmail === commsEmail)).toBe(true)
    expect(trail.every((e) => e.collection === null && e.documentId === null)).toBe(true)
    // The draft save is recorded as today's draft saves of documents are: an update.
    expect(trail[0].changedFields).toContain('groups')
    expect(trail[1].changedFields).toContain('groups')
    expect(trail[1].changedFields).not.toContain('updatedAt')
  })

  it('records logins and failed logins', async () => {
    const logins = await entries({
      userEmail: { equals: commsEmail },
      action: { in: ['login', 'login_failed'] },
    })
    expect(logins.map((e) => e.action)).toEqual(['login', 'login', 'login_failed'])
  })

  it('cannot be altered or deleted through REST or GraphQL, even by an admin', async () => {
    const [entry] = await entries({ action: { equals: 'create' } })
    expect((await admin.patch(`/audit-log/${entry.id}`, { action: 'delete' })).status).toBe(403)
    expect((await admin.delete(`/audit-log/${entry.id}`)).status).toBe(403)
    expect(
      (await admin.post('/audit-log', { action: 'login', at: new Date().toISOString() })).status,
    ).toBe(403)
    const graphql = await admin.graphql(`mutation ($id: Int!) { deleteAuditLog(id: $id) { id } }`, {
      id: entry.id,
    })
    expect(graphql.status).toBe(403)
    expect((await entries({ id: { equals: entry.id } }))[0].action).toBe('create')
  })

  it('is read by admins only', async () => {
    expect((await comms.get('/audit-log')).status).toBe(403)
    expect((await comms.anonymous().get('/audit-log')).status).toBe(403)
  })
})

describe('one request that changes several documents', () => {
  const names = ['Bulk one', 'Bulk two', 'Bulk three']
  let ids: number[]

  /** A document's name and summary in one locale, as stored (no fallback). */
  const inLocale = async (id: number, locale: 'en' | 'fr') => {
    const { name, summary } = (
      await comms.get(`/clusters/${id}`, {
        draft: 'true',
        locale,
        'fallback-locale': 'none',
        depth: '0',
      })
    ).body
    return { name, summary }
  }

  beforeAll(async () => {
    const org = await fixtureOrganization(ctx.payload)
    ids = []
    for (const name of names)
      ids.push(
        (
          await comms.post(
            '/clusters',
            { name, kind: 'cluster', region: 'sherbrooke', secretariat: org, summary: 'before' },
            { draft: 'true' },
          )
        ).body.doc.id,
      )
    const bulk = await comms.patch(
      '/clusters',
      { summary: 'after' },
      { draft: 'true', where: { id: { in: ids.join(',') } } },
    )
    expect(bulk.status).toBe(200)
    expect(bulk.body.docs).toHaveLength(3)
  })

  it('records an entry for each of them (the first entry does not turn the trail off)', async () => {
    const updates = await entries({
      collection: { equals: 'clusters' },
      action: { equals: 'update' },
      documentTitle: { in: names },
    })
    expect(updates.map((e) => e.documentId).sort()).toEqual(ids.map(String).sort())
  })

  it('writes each of them in the locale asked for, and no other', async () => {
    for (const [index, id] of ids.entries()) {
      expect(await inLocale(id, 'en')).toEqual({ name: names[index], summary: 'after' })
      expect(await inLocale(id, 'fr')).toEqual({ name: undefined, summary: undefined })
    }
  })

  it('publishes each of them in one request, every locale left as it was', async () => {
    const publish = await comms.patch(
      '/clusters',
      { _status: 'published' },
      { where: { id: { in: ids.join(',') } } },
    )
    expect(publish.status).toBe(200)
    expect(publish.body.docs.map((doc: { _status: string }) => doc._status)).toEqual([
      'published',
      'published',
      'published',
    ])
    for (const [index, id] of ids.entries()) {
      expect((await inLocale(id, 'en')).name).toBe(names[index])
      expect(await inLocale(id, 'fr')).toEqual({ name: undefined, summary: undefined })
    }
    const published = await entries({
      collection: { equals: 'clusters' },
      action: { equals: 'publish' },
      documentTitle: { in: names },
    })
    expect(published.map((e) => e.documentId).sort()).toEqual(ids.map(String).sort())
  })
})
