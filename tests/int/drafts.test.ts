import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let editor: ApiClient
let reader: ApiClient
let secretariat: number

beforeAll(async () => {
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  reader = editor.anonymous()
  secretariat = await fixtureOrganization(ctx.payload)
})

afterAll(async () => {
  await ctx.teardown()
})

const draftCluster = (name: string) => ({
  name,
  kind: 'cluster',
  region: 'sherbrooke',
  secretariat,
  summary: 'Draft.',
})

describe('drafts', () => {
  it('anonymous readers see neither a draft nor its text, through REST or GraphQL', async () => {
    const created = await editor.post('/clusters', draftCluster('Unannounced sector'), {
      draft: 'true',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc._status).toBe('draft')
    const id = created.body.doc.id

    expect((await reader.get(`/clusters/${id}`)).status).toBe(404)
    expect((await reader.get(`/clusters/${id}`, { draft: 'true' })).status).toBe(404)
    const list = await reader.get('/clusters', {
      where: { name: { equals: 'Unannounced sector' } },
      draft: 'true',
    })
    expect(list.body.totalDocs).toBe(0)
    const graphql = await reader.graphql(
      `{ Clusters(draft: true, where: { name: { equals: "Unannounced sector" } }) { totalDocs } }`,
    )
    expect(graphql.body.data.Clusters.totalDocs).toBe(0)

    expect((await editor.get(`/clusters/${id}`, { draft: 'true' })).body.name).toBe(
      'Unannounced sector',
    )
  })

  it('a published document reaches anonymous readers, and a new draft of it does not', async () => {
    const created = await editor.post('/clusters', {
      ...draftCluster('Photonics'),
      _status: 'published',
    })
    const id = created.body.doc.id
    await editor.patch(`/clusters/${id}`, { name: 'Photonics (draft rename)' }, { draft: 'true' })

    expect((await reader.get(`/clusters/${id}`)).body.name).toBe('Photonics')
    expect((await editor.get(`/clusters/${id}`, { draft: 'true' })).body.name).toBe(
      'Photonics (draft rename)',
    )
  })
})

describe('versions', () => {
  it('keeps each save as a version and restores an earlier one', async () => {
    const created = await editor.post('/clusters', {
      ...draftCluster('Optics v1'),
      _status: 'published',
    })
    const id = created.body.doc.id
    await editor.patch(`/clusters/${id}`, { name: 'Optics v2', _status: 'published' })

    const versions = await editor.get('/clusters/versions', {
      where: { parent: { equals: id } },
      sort: 'createdAt',
    })
    expect(versions.status).toBe(200)
    const names = versions.body.docs.map((v: { version: { name: string } }) => v.version.name)
    expect(names).toEqual(expect.arrayContaining(['Optics v1', 'Optics v2']))

    const first = versions.body.docs.find(
      (v: { version: { name: string } }) => v.version.name === 'Optics v1',
    )
    const restored = await editor.post(`/clusters/versions/${first.id}`, {})
    expect(restored.status).toBe(200)
    expect((await editor.get(`/clusters/${id}`, { draft: 'true' })).body.name).toBe('Optics v1')
  })

  it('anonymous readers cannot list versions', async () => {
    const response = await reader.get('/clusters/versions')
    expect(response.status).toBe(403)
  })
})
