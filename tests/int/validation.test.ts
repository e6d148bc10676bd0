import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient, type JsonResponse } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let editor: ApiClient
let secretariat: number
let existingId: number

/** The paths of the fields a 400 names, whether it came from REST or GraphQL. */
function invalidPaths(response: JsonResponse): string[] {
  const error = response.body.errors[0]
  const data = error.data ?? error.extensions?.data
  return (data?.errors ?? []).map((e: { path: string }) => e.path)
}

const validCluster = () => ({
  name: `Cluster ${Math.random().toString(36).slice(2, 8)}`,
  kind: 'cluster',
  region: 'sherbrooke',
  secretariat,
  summary: 'A sector.',
})

async function clusterCount(): Promise<number> {
  return (await ctx.payload.count({ collection: 'clusters', overrideAccess: true })).totalDocs
}

beforeAll(async () => {
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  secretariat = await fixtureOrganization(ctx.payload)
  existingId = (
    await editor.post('/clusters', {
      ...validCluster(),
      name: 'Stored cluster',
      _status: 'published',
    })
  ).body.doc.id
})

afterAll(async () => {
  await ctx.teardown()
})

describe('bad input through REST', () => {
  it('a missing required field is a 400 naming it', async () => {
    const before = await clusterCount()
    const { summary: _summary, ...withoutSummary } = validCluster()
    const response = await editor.post('/clusters', withoutSummary)
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['summary'])
    expect(await clusterCount()).toBe(before)
  })

  it('a number field given text is a 400 naming it', async () => {
    const response = await editor.post('/clusters', {
      ...validCluster(),
      keyFigures: [{ label: 'Jobs', display: 'Many jobs', unit: 'jobs', value: 'many' }],
    })
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['keyFigures.0.value'])
  })

  it('a value outside a select is a 400 naming it', async () => {
    const response = await editor.post('/clusters', { ...validCluster(), region: 'atlantis' })
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['region'])
  })

  it('a draft save with a value outside a select is a 400 naming it, and nothing is stored', async () => {
    const response = await editor.patch(
      `/clusters/${existingId}`,
      { review: { state: 'submitted' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['review.state'])
    const latest = await ctx.payload.findByID({
      collection: 'clusters',
      id: existingId,
      draft: true,
      overrideAccess: true,
    })
    expect(latest.review?.state).toBe('published')
  })

  it('an unknown relation id is a 400 naming the relation', async () => {
    const before = await clusterCount()
    const response = await editor.post('/clusters', { ...validCluster(), secretariat: 987654 })
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['secretariat'])
    expect(await clusterCount()).toBe(before)
  })

  it('a relation id of the wrong type is a 400 naming the relation', async () => {
    const response = await editor.post('/clusters', { ...validCluster(), secretariat: 'not-an-id' })
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['secretariat'])
  })

  it('a write with no body is a 400, and one with broken JSON too', async () => {
    expect((await editor.post('/clusters', undefined)).status).toBe(400)
    expect((await editor.postRaw('/clusters', '{"name": ')).status).toBe(400)
    expect((await editor.postRaw('/clusters', '"just a string"')).status).toBe(400)
  })

  it('a rejected update leaves the stored document as it was', async () => {
    const response = await editor.patch(`/clusters/${existingId}`, {
      name: 'Renamed',
      summary: '',
      region: 'atlantis',
    })
    expect(response.status).toBe(400)
    expect(invalidPaths(response).sort()).toEqual(['region', 'summary'])
    const stored = await editor.get(`/clusters/${existingId}`)
    expect(stored.body).toMatchObject({
      name: 'Stored cluster',
      summary: 'A sector.',
      region: 'sherbrooke',
    })
  })
})

describe('bad input through GraphQL', () => {
  it('a missing required field is a 400 naming it', async () => {
    const before = await clusterCount()
    const response = await editor.graphql(
      `mutation ($s: Int!) { createCluster(data: { name: "No summary", kind: cluster, region: sherbrooke, secretariat: $s }) { id } }`,
      { s: secretariat },
    )
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['summary'])
    expect(await clusterCount()).toBe(before)
  })

  it('an unknown relation id is a 400 naming the relation', async () => {
    const response = await editor.graphql(
      `mutation { createCluster(data: { name: "Orphan", kind: cluster, region: sherbrooke, secretariat: 987654, summary: "s" }) { id } }`,
    )
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['secretariat'])
  })

  it('values outside a select (an enum to GraphQL) are a 400 naming each, in French too', async () => {
    const mutation = `mutation ($id: Int!, $state: ClusterUpdate_Review_state_MutationInput) {
      updateCluster(id: $id, draft: true, data: { kind: galaxy, review: { state: $state } }) { id }
    }`
    const english = await editor.graphql(mutation, { id: existingId, state: 'submitted' })
    expect(english.status).toBe(400)
    expect(english.body.errors).toHaveLength(1)
    expect(english.body.errors[0].extensions.data.errors).toEqual([
      { path: 'review.state', message: 'This field has an invalid selection: "submitted".' },
      { path: 'kind', message: 'This field has an invalid selection: "galaxy".' },
    ])
    expect(english.body.errors[0].message).toBe(
      'The following fields are invalid: review.state, kind',
    )
    const french = await editor.graphql(
      `mutation ($id: Int!) { updateCluster(id: $id, data: { kind: galaxy }) { id } }`,
      { id: existingId },
      { 'Accept-Language': 'fr' },
    )
    expect(french.status).toBe(400)
    expect(french.body.errors[0].extensions.data.errors).toEqual([
      { path: 'kind', message: 'Ce champ a une sélection invalide : "galaxy".' },
    ])
  })

  it('a value of the wrong scalar type names the field and keeps other errors', async () => {
    const response = await editor.graphql(
      `mutation ($id: Int!, $data: mutationClusterUpdateInput!) {
        updateCluster(id: $id, data: $data) { id nope }
      }`,
      {
        id: existingId,
        data: { keyFigures: [{ label: 'L', display: 'D', unit: 'jobs', value: 'many' }] },
      },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].extensions.data.errors).toEqual([
      { path: 'keyFigures.0.value', message: 'Expected a number.' },
    ])
    expect(response.body.errors.slice(1).map((e: { message: string }) => e.message)).toEqual([
      expect.stringMatching(/^Cannot query field "nope" on type "Cluster"\./),
    ])
  })

  it('a value of the wrong type is a 400 that names the field', async () => {
    const response = await editor.graphql(
      `mutation { createCluster(data: { name: "Typed", kind: cluster, region: sherbrooke, secretariat: "abc", summary: "s" }) { id } }`,
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toMatch(/secretariat|Int cannot represent/)
  })

  it('a rejected update leaves the stored document as it was', async () => {
    const response = await editor.graphql(
      `mutation ($id: Int!) { updateCluster(id: $id, data: { summary: "" }) { id } }`,
      { id: existingId },
    )
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['summary'])
    expect((await editor.get(`/clusters/${existingId}`)).body.summary).toBe('A sector.')
  })
})
