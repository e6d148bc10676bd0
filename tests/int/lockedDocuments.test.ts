import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const FORBIDDEN = 'You are not allowed to perform this action.'
const LOCKS = '/payload-locked-documents'

let ctx: TestContext
let secretariat: ApiClient
let editor: ApiClient
let apiClient: ApiClient
let secretariatId: number
let editorId: number
let apiClientId: number
let ownCluster: number
let otherCluster: number

async function cluster(organization: number): Promise<number> {
  const doc = await ctx.payload.create({
    collection: 'clusters',
    data: {
      name: `Cluster ${Math.random()}`,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 's',
      _status: 'published',
    },
    overrideAccess: true, // fixture
  })
  return doc.id
}

async function userId(email: string): Promise<number> {
  const { docs } = await ctx.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return docs[0].id
}

/** A lock held by the editor, as the admin stores it. */
async function editorLock(clusterId: number): Promise<number> {
  const lock = await ctx.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'clusters', value: clusterId },
      user: { relationTo: 'users', value: editorId },
    },
    overrideAccess: true, // fixture
  })
  return lock.id
}

const lockOf = (clusterId: number, holder: { relationTo: string; value: number }) => ({
  document: { relationTo: 'clusters', value: clusterId },
  user: holder,
})

const expectForbidden = (response: { status: number; body: any }) => {
  expect(response.status).toBe(403)
  expect(response.body.errors[0].message).toBe(FORBIDDEN)
}

beforeAll(async () => {
  ctx = await startPayload()
  const ownOrg = await fixtureOrganization(ctx.payload)
  const otherOrg = await fixtureOrganization(ctx.payload)
  ownCluster = await cluster(ownOrg)
  otherCluster = await cluster(otherOrg)
  const secretariatEmail = await createUser(ctx.payload, 'secretariat', ownOrg)
  const editorEmail = await createUser(ctx.payload, 'communications')
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
  editor = await new ApiClient(ctx.config).login(editorEmail, TEST_PASSWORD)
  secretariatId = await userId(secretariatEmail)
  editorId = await userId(editorEmail)
  const key = 'locks-api-key-0123456789abcdef'
  apiClientId = (
    await ctx.payload.create({
      collection: 'api-clients',
      data: { name: 'Front end', enableAPIKey: true, apiKey: key },
      overrideAccess: true, // fixture
    })
  ).id
  apiClient = new ApiClient(ctx.config).withApiKey(key)
})

afterAll(async () => {
  await ctx.teardown()
})

describe('payload-locked-documents', () => {
  it('an API client cannot lock a document, nor read or release locks', async () => {
    expectForbidden(
      await apiClient.post(
        LOCKS,
        lockOf(ownCluster, { relationTo: 'api-clients', value: apiClientId }),
      ),
    )
    const lock = await editorLock(otherCluster)
    expectForbidden(await apiClient.get(LOCKS))
    expectForbidden(await apiClient.delete(`${LOCKS}/${lock}`))
    await ctx.payload.delete({
      collection: 'payload-locked-documents',
      id: lock,
      overrideAccess: true,
    })
  })

  it('a secretariat cannot lock another organization’s document', async () => {
    expectForbidden(
      await secretariat.post(
        LOCKS,
        lockOf(otherCluster, { relationTo: 'users', value: secretariatId }),
      ),
    )
  })

  it('a secretariat cannot lock in someone else’s name', async () => {
    expectForbidden(
      await secretariat.post(LOCKS, lockOf(ownCluster, { relationTo: 'users', value: editorId })),
    )
  })

  it('a secretariat locks and releases its own organization’s document', async () => {
    const created = await secretariat.post(
      LOCKS,
      lockOf(ownCluster, { relationTo: 'users', value: secretariatId }),
    )
    expect(created.status).toBe(201)
    expect((await secretariat.delete(`${LOCKS}/${created.body.doc.id}`)).status).toBe(200)
  })

  it('a secretariat neither sees, takes over nor releases locks on other organizations’ documents', async () => {
    const lock = await editorLock(otherCluster)
    expect((await secretariat.get(LOCKS)).body.docs).toEqual([])
    expectForbidden(
      await secretariat.patch(`${LOCKS}/${lock}`, {
        user: { relationTo: 'users', value: secretariatId },
      }),
    )
    expectForbidden(await secretariat.delete(`${LOCKS}/${lock}`))
    expect((await editor.get(`${LOCKS}/${lock}`)).status).toBe(200)
    await ctx.payload.delete({
      collection: 'payload-locked-documents',
      id: lock,
      overrideAccess: true,
    })
  })

  it('a secretariat sees and takes over the lock on its own organization’s document', async () => {
    const lock = await editorLock(ownCluster)
    const list = await secretariat.get(LOCKS, { depth: 0 })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([lock])
    const takeover = await secretariat.patch(`${LOCKS}/${lock}`, {
      user: { relationTo: 'users', value: secretariatId },
    })
    expect(takeover.status).toBe(200)
    expect(takeover.body.doc.user.value.id ?? takeover.body.doc.user.value).toBe(secretariatId)
    await ctx.payload.delete({
      collection: 'payload-locked-documents',
      id: lock,
      overrideAccess: true,
    })
  })

  it('an editor locks any cluster', async () => {
    const created = await editor.post(
      LOCKS,
      lockOf(otherCluster, { relationTo: 'users', value: editorId }),
    )
    expect(created.status).toBe(201)
    await ctx.payload.delete({
      collection: 'payload-locked-documents',
      id: created.body.doc.id,
      overrideAccess: true,
    })
  })
})
