import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Forbidden, type PayloadRequest } from 'payload'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const FORBIDDEN = 'You are not allowed to perform this action.'

let ctx: TestContext
let secretariat: ApiClient
let editor: ApiClient
let reader: ApiClient
let secretariatUser: PayloadRequest['user']
let organization: number
let clusterId: number
let quoteId: number

async function publishedCluster(): Promise<number> {
  const doc = await ctx.payload.create({
    collection: 'clusters',
    data: {
      name: `Aerospace ${Math.random()}`,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'Published summary',
      _status: 'published',
    },
    overrideAccess: true, // fixture
  })
  return doc.id
}

/** What anonymous readers see of the cluster: its published summary, or the HTTP status. */
const publicSummary = async (id: number) => {
  const response = await reader.get(`/clusters/${id}`, { depth: 0 })
  return response.status === 200 ? response.body.summary : response.status
}

const expectForbidden = (response: { status: number; body: any }) => {
  expect(response.status).toBe(403)
  expect(response.body.errors[0].message).toBe(FORBIDDEN)
}

beforeAll(async () => {
  ctx = await startPayload()
  reader = new ApiClient(ctx.config)
  organization = await fixtureOrganization(ctx.payload)
  const email = await createUser(ctx.payload, 'secretariat', organization)
  secretariat = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  const user = (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]
  secretariatUser = { ...user, collection: 'users' }
  clusterId = await publishedCluster()
  quoteId = (
    await ctx.payload.create({
      collection: 'quotes',
      data: { text: 'Published words', speakerName: 'Ada', organization, _status: 'published' },
      overrideAccess: true, // fixture
    })
  ).id
})

afterAll(async () => {
  await ctx.teardown()
})

describe('a user who may not publish (secretariat)', () => {
  it('cannot change the published cluster over REST without ?draft', async () => {
    expectForbidden(await secretariat.patch(`/clusters/${clusterId}`, { summary: 'Live now' }))
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot change the published cluster over REST with ?draft=false', async () => {
    expectForbidden(
      await secretariat.patch(
        `/clusters/${clusterId}`,
        { summary: 'Live now' },
        { draft: 'false' },
      ),
    )
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot unpublish its cluster with _status "draft" and no ?draft', async () => {
    expectForbidden(await secretariat.patch(`/clusters/${clusterId}`, { _status: 'draft' }))
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot publish with _status "published", even with ?draft=true', async () => {
    expectForbidden(
      await secretariat.patch(
        `/clusters/${clusterId}`,
        { summary: 'Live now', _status: 'published' },
        { draft: 'true' },
      ),
    )
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot change its published quotes with a bulk REST update', async () => {
    expectForbidden(
      await secretariat.patch(
        '/quotes',
        { text: 'Bulk change' },
        { where: { id: { exists: true } } },
      ),
    )
    expect((await reader.get(`/quotes/${quoteId}`, { depth: 0 })).body.text).toBe('Published words')
  })

  it('cannot change the published cluster through GraphQL without draft: true', async () => {
    const response = await secretariat.graphql(
      `mutation ($id: Int!) { updateCluster(id: $id, data: { summary: "Live now" }) { id } }`,
      { id: clusterId },
    )
    expect(response.body.errors[0].message).toBe(FORBIDDEN)
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot change the published cluster through the Local API without draft', async () => {
    await expect(
      ctx.payload.update({
        collection: 'clusters',
        id: clusterId,
        data: { summary: 'Live now' },
        user: secretariatUser,
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect(await publicSummary(clusterId)).toBe('Published summary')
  })

  it('cannot restore a version onto the published cluster (REST and GraphQL)', async () => {
    const id = await publishedCluster()
    expect(
      (await secretariat.patch(`/clusters/${id}`, { summary: 'Draft words' }, { draft: 'true' }))
        .status,
    ).toBe(200)
    const versions = await ctx.payload.findVersions({
      collection: 'clusters',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      overrideAccess: true,
    })
    const latest = versions.docs[0].id
    expectForbidden(await secretariat.post(`/clusters/versions/${latest}`, {}))
    const graphql = await secretariat.graphql(
      `mutation ($id: Int!) { restoreVersionCluster(id: $id) { id } }`,
      { id: latest },
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect(await publicSummary(id)).toBe('Published summary')
  })

  it('cannot duplicate a published quote into a published copy', async () => {
    const before = (await reader.get('/quotes', { depth: 0 })).body.totalDocs
    expectForbidden(await secretariat.post(`/quotes/${quoteId}/duplicate`, {}, { draft: 'false' }))
    const graphql = await secretariat.graphql(
      `mutation ($id: Int!, $data: mutationQuoteInput!) { duplicateQuote(id: $id, data: $data) { id } }`,
      { id: quoteId, data: { text: 'Copy', speakerName: 'Ada', organization } },
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect((await reader.get('/quotes', { depth: 0 })).body.totalDocs).toBe(before)
  })

  it('still saves drafts (?draft=true), autosaves, and duplicates as a draft', async () => {
    const id = await publishedCluster()
    const saved = await secretariat.patch(
      `/clusters/${id}`,
      { summary: 'Reviewed words', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect(saved.status).toBe(200)
    const autosaved = await secretariat.patch(
      `/clusters/${id}`,
      { summary: 'Autosaved words' },
      { draft: 'true', autosave: 'true' },
    )
    expect(autosaved.status).toBe(200)
    expect(await publicSummary(id)).toBe('Published summary')
    expect((await editor.get(`/clusters/${id}`, { draft: 'true', depth: 0 })).body.summary).toBe(
      'Autosaved words',
    )
    // Payload's REST duplicate saves a draft unless told `?draft=false`.
    const copy = await secretariat.post(`/quotes/${quoteId}/duplicate`, {})
    expect(copy.status).toBe(200)
    expect(copy.body.doc._status).toBe('draft')
  })
})

describe('users who may publish, and the system', () => {
  it('an editor publishes without ?draft', async () => {
    const id = await publishedCluster()
    expect((await editor.patch(`/clusters/${id}`, { summary: 'Edited live' })).status).toBe(200)
    expect(await publicSummary(id)).toBe('Edited live')
  })

  it('server code with overrideAccess writes the published document', async () => {
    const id = await publishedCluster()
    await ctx.payload.update({
      collection: 'clusters',
      id,
      data: { summary: 'Migrated' },
      overrideAccess: true, // the system (seed, migrations)
    })
    expect(await publicSummary(id)).toBe('Migrated')
  })
})
