import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let secretariat: ApiClient
let editor: ApiClient
let ownOrg: number
let otherOrg: number
let ownCluster: number
let otherCluster: number
let otherDraft: number

async function cluster(secretariatId: number, name: string, status: 'draft' | 'published') {
  const doc = await ctx.payload.create({
    collection: 'clusters',
    data: {
      name,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: secretariatId,
      summary: `${name} summary`,
      _status: status,
    },
    draft: status === 'draft',
    overrideAccess: true, // fixtures are set up as the system
  })
  return doc.id
}

beforeAll(async () => {
  ctx = await startPayload()
  ownOrg = await fixtureOrganization(ctx.payload)
  otherOrg = await fixtureOrganization(ctx.payload)
  ownCluster = await cluster(ownOrg, 'Aerospace', 'published')
  otherCluster = await cluster(otherOrg, 'Finance', 'published')
  otherDraft = await cluster(otherOrg, 'Secret project', 'draft')
  secretariat = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'secretariat', ownOrg),
    TEST_PASSWORD,
  )
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  await ctx.teardown()
})

describe('a secretariat editor', () => {
  it('lists only its own organization’s clusters', async () => {
    const list = await secretariat.get('/clusters', { draft: 'true' })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([ownCluster])
  })

  it('cannot open or find another organization’s draft, through REST or GraphQL', async () => {
    expect((await secretariat.get(`/clusters/${otherDraft}`, { draft: 'true' })).status).toBe(404)
    const found = await secretariat.graphql(
      `{ Clusters(draft: true, where: { name: { like: "Secret" } }) { totalDocs } }`,
    )
    expect(found.body.data.Clusters.totalDocs).toBe(0)
  })

  it('saves a draft of its own cluster in both languages', async () => {
    const en = await secretariat.patch(
      `/clusters/${ownCluster}`,
      { summary: 'Updated by the secretariat' },
      { draft: 'true' },
    )
    expect(en.status).toBe(200)
    const fr = await secretariat.patch(
      `/clusters/${ownCluster}`,
      { summary: 'Mis à jour par le secrétariat' },
      { draft: 'true', locale: 'fr' },
    )
    expect(fr.status).toBe(200)
    expect(
      (await editor.get(`/clusters/${ownCluster}`, { draft: 'true', locale: 'fr' })).body.summary,
    ).toBe('Mis à jour par le secrétariat')
    expect((await editor.anonymous().get(`/clusters/${ownCluster}`)).body.summary).toBe(
      'Aerospace summary',
    )
  })

  it('cannot publish, through REST or GraphQL, and nothing changes', async () => {
    const rest = await secretariat.patch(`/clusters/${ownCluster}`, {
      summary: 'Published by me',
      _status: 'published',
    })
    expect(rest.status).toBe(403)
    const graphql = await secretariat.graphql(
      `mutation ($id: Int!) { updateCluster(id: $id, data: { summary: "Published via GraphQL", _status: published }) { id } }`,
      { id: ownCluster },
    )
    expect(graphql.status).toBe(403)
    expect((await editor.anonymous().get(`/clusters/${ownCluster}`)).body.summary).toBe(
      'Aerospace summary',
    )
  })

  it('cannot edit another organization’s cluster', async () => {
    const response = await secretariat.patch(
      `/clusters/${otherCluster}`,
      { summary: 'Hijacked' },
      { draft: 'true' },
    )
    expect(response.status).toBe(403)
    expect((await editor.get(`/clusters/${otherCluster}`, { draft: 'true' })).body.summary).toBe(
      'Finance summary',
    )
  })

  it('cannot move its cluster to another organization or region', async () => {
    await secretariat.patch(
      `/clusters/${ownCluster}`,
      { secretariat: otherOrg, region: 'sherbrooke' },
      { draft: 'true' },
    )
    const stored = await editor.get(`/clusters/${ownCluster}`, { draft: 'true', depth: 0 })
    expect(stored.body.secretariat).toBe(ownOrg)
    expect(stored.body.region).toBe('greater_montreal')
  })

  it('adds a quote for its cluster, which belongs to its organization', async () => {
    const response = await secretariat.post(
      '/quotes',
      {
        text: 'We build planes.',
        speakerName: 'A. Leader',
        cluster: ownCluster,
        organization: otherOrg,
      },
      { draft: 'true' },
    )
    expect(response.status).toBe(201)
    const stored = await editor.get(`/quotes/${response.body.doc.id}`, { draft: 'true', depth: 0 })
    expect(stored.body.organization).toBe(ownOrg)
    expect(stored.body._status).toBe('draft')
  })

  it('cannot add a quote or a leader company to another organization’s cluster', async () => {
    const quote = await secretariat.post(
      '/quotes',
      { text: 'Not ours.', speakerName: 'B', cluster: otherCluster },
      { draft: 'true' },
    )
    expect(quote.status).toBe(400)
    const company = await secretariat.post(
      '/companies',
      { name: 'Intruder Inc', clusters: [otherCluster] },
      { draft: 'true' },
    )
    expect(company.status).toBe(400)
  })

  it('adds a leader company to its own cluster', async () => {
    const response = await secretariat.post(
      '/companies',
      { name: 'Avionics Inc', clusters: [ownCluster] },
      { draft: 'true' },
    )
    expect(response.status).toBe(201)
    const list = await secretariat.get('/companies', { draft: 'true' })
    expect(list.body.docs.map((c: { name: string }) => c.name)).toEqual(['Avionics Inc'])
  })

  it('cannot delete, create clusters, or write stories and pages', async () => {
    expect((await secretariat.delete(`/clusters/${ownCluster}`)).status).toBe(403)
    expect(
      (
        await secretariat.post(
          '/clusters',
          { name: 'New', kind: 'cluster', region: 'sherbrooke', secretariat: ownOrg, summary: 's' },
          { draft: 'true' },
        )
      ).status,
    ).toBe(403)
    expect(
      (await secretariat.post('/stories', { title: 'A story' }, { draft: 'true' })).status,
    ).toBe(403)
    expect(
      (await secretariat.post('/pages', { title: 'A page', layout: [] }, { draft: 'true' })).status,
    ).toBe(403)
  })
})
