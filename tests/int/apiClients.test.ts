import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let frontEnd: ApiClient
let admin: ApiClient
let publishedId: number
let draftId: number

beforeAll(async () => {
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
  const created = await admin.post('/api-clients', {
    name: 'Public site',
    enableAPIKey: true,
    apiKey: 'front-end-key-0123456789abcdef',
  })
  expect(created.status).toBe(201)
  frontEnd = admin.withApiKey('front-end-key-0123456789abcdef')
  const org = await fixtureOrganization(ctx.payload)
  const base = { kind: 'cluster', region: 'sherbrooke', secretariat: org, summary: 's' }
  publishedId = (
    await admin.post('/clusters', {
      ...base,
      name: 'Published',
      _status: 'published',
      editorNotes: 'internal',
    })
  ).body.doc.id
  draftId = (await admin.post('/clusters', { ...base, name: 'Preview me' }, { draft: 'true' })).body
    .doc.id
})

afterAll(async () => {
  await ctx.teardown()
})

describe('an API client (front end)', () => {
  it('reads published content without internal fields', async () => {
    const list = await frontEnd.get('/clusters')
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([publishedId])
    expect(list.body.docs[0]).not.toHaveProperty('editorNotes')
    expect(list.body.docs[0]).not.toHaveProperty('review')
  })

  it('reads drafts when it asks for a preview', async () => {
    const preview = await frontEnd.get(`/clusters/${draftId}`, { draft: 'true' })
    expect(preview.status).toBe(200)
    expect(preview.body.name).toBe('Preview me')
  })

  it('writes nothing, through REST or GraphQL', async () => {
    expect((await frontEnd.patch(`/clusters/${publishedId}`, { name: 'Defaced' })).status).toBe(403)
    expect(
      (await frontEnd.post('/quotes', { text: 'x', speakerName: 'y', organization: 1 })).status,
    ).toBe(403)
    const graphql = await frontEnd.graphql(
      `mutation ($id: Int!) { deleteCluster(id: $id) { id } }`,
      { id: publishedId },
    )
    expect(graphql.status).toBe(403)
    expect((await admin.get(`/clusters/${publishedId}`)).body.name).toBe('Published')
  })

  it('sees no users and no API clients', async () => {
    expect((await frontEnd.get('/users')).status).toBe(403)
    expect((await frontEnd.get('/api-clients')).status).toBe(403)
  })

  it('is refused with a wrong key', async () => {
    const stranger = admin.withApiKey('not-a-real-key')
    const list = await stranger.get('/clusters', { draft: 'true' })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([publishedId])
  })
})
