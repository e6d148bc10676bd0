import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, nameOf, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let admin: ApiClient
let organization: number

const FORBIDDEN = 'You are not allowed to perform this action.'
const WRONG_LOGIN = 'The email or password provided is incorrect.'

beforeAll(async () => {
  ctx = await startPayload()
  organization = await fixtureOrganization(ctx.payload)
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  await ctx.teardown()
})

const userId = async (email: string) =>
  (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0].id

const login = (email: string, password = TEST_PASSWORD) =>
  admin.anonymous().post('/users/login', { email, password })

describe('deactivating a user', () => {
  it('ends their sessions at once and refuses their next login', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const session = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
    expect((await session.get('/organizations', { draft: 'true' })).status).toBe(200)

    const id = await userId(email)
    const saved = await admin.patch(`/users/${id}`, { active: false })
    expect(saved.status).toBe(200)

    const after = await session.get('/users')
    expect(after.status).toBe(403)
    expect(after.body.errors[0].message).toBe(FORBIDDEN)
    const refused = await login(email)
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0].message).toBe(WRONG_LOGIN)

    expect((await admin.patch(`/users/${id}`, { active: true })).status).toBe(200)
    expect((await login(email)).status).toBe(200)
  })

  it('only an admin may deactivate: a user cannot change their own flag', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const self = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
    const id = await userId(email)
    await self.patch(`/users/${id}`, { active: false })
    expect((await admin.get(`/users/${id}`)).body.active).toBe(true)
  })
})

describe('deleting a user', () => {
  it('works after they submitted and decided reviews; history keeps their name', async () => {
    const secretariatEmail = await createUser(ctx.payload, 'secretariat', organization)
    const commsEmail = await createUser(ctx.payload, 'communications')
    const secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
    const comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
    const cluster = await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Offboarding cluster',
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: organization,
        summary: 'First',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
    const submitted = await secretariat.patch(
      `/clusters/${cluster.id}`,
      { summary: 'Second', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect(submitted.status).toBe(200)
    expect((await comms.patch(`/clusters/${cluster.id}`, { _status: 'published' })).status).toBe(
      200,
    )
    const versionsBefore = await admin.get('/clusters/versions', {
      where: { parent: { equals: cluster.id } },
    })

    for (const email of [secretariatEmail, commsEmail]) {
      const deleted = await admin.delete(`/users/${await userId(email)}`)
      expect(deleted.status).toBe(200)
    }

    const stored = await admin.get(`/clusters/${cluster.id}`, { depth: 0 })
    expect(stored.body.review).toMatchObject({
      submittedBy: null,
      submittedByName: nameOf(secretariatEmail),
      decidedBy: null,
      decidedByName: nameOf(commsEmail),
    })
    const versionsAfter = await admin.get('/clusters/versions', {
      where: { parent: { equals: cluster.id } },
    })
    expect(versionsAfter.body.totalDocs).toBe(versionsBefore.body.totalDocs)
    const trail = await admin.get('/audit-log', {
      where: { userEmail: { in: [secretariatEmail, commsEmail] } },
      limit: 100,
    })
    expect(trail.body.totalDocs).toBeGreaterThan(0)
  })
})

describe('changing a password', () => {
  it('ends every other session of that user; the session that changed it stays', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const first = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
    const second = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
    const id = await userId(email)
    const changed = await first.patch(`/users/${id}`, { password: 'a-new-long-passphrase-42' })
    expect(changed.status).toBe(200)
    expect((await first.get(`/users/${id}`)).status).toBe(200)
    const other = await second.get(`/users/${id}`)
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toBe(FORBIDDEN)
  })

  it('an admin reset ends all of the user’s sessions', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const session = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
    const id = await userId(email)
    expect(
      (await admin.patch(`/users/${id}`, { password: 'admin-set-passphrase-42' })).status,
    ).toBe(200)
    const after = await session.get(`/users/${id}`)
    expect(after.status).toBe(403)
    expect(after.body.errors[0].message).toBe(FORBIDDEN)
  })
})
