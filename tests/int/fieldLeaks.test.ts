import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let readers: Array<[string, ApiClient]>
let notedId: number

beforeAll(async () => {
  ctx = await startPayload()
  const admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
  await admin.post('/api-clients', {
    name: 'Site',
    enableAPIKey: true,
    apiKey: 'leak-test-key-0123456789abcdef',
  })
  readers = [
    ['anonymous', admin.anonymous()],
    ['API client', admin.withApiKey('leak-test-key-0123456789abcdef')],
  ]
  const org = await fixtureOrganization(ctx.payload)
  const base = {
    kind: 'cluster',
    region: 'sherbrooke',
    secretariat: org,
    summary: 's',
    _status: 'published',
  }
  notedId = (
    await admin.post('/clusters', {
      ...base,
      name: 'Noted',
      editorNotes: 'secret plan',
      review: { comment: 'hush' },
    })
  ).body.doc.id
  await admin.post('/clusters', { ...base, name: 'Plain' })
})

afterAll(async () => {
  await ctx.teardown()
})

describe('internal fields do not leak to readers', () => {
  it('a filter on an internal field is refused or ignored, never answered', async () => {
    for (const [, reader] of readers) {
      for (const where of [
        { editorNotes: { equals: 'secret plan' } },
        { editorNotes: { like: 'secret' } },
        { 'review.comment': { equals: 'hush' } },
      ]) {
        const response = await reader.get('/clusters', { where })
        const ids =
          response.status === 200 ? response.body.docs.map((d: { id: number }) => d.id) : []
        expect([200, 400, 403]).toContain(response.status)
        expect(ids).not.toEqual([notedId])
      }
    }
  })

  it('a sort on an internal field answers without the field', async () => {
    for (const [, reader] of readers) {
      const response = await reader.get('/clusters', { sort: 'editorNotes' })
      expect([200, 400, 403]).toContain(response.status)
      expect(JSON.stringify(response.body)).not.toContain('secret plan')
    }
  })

  it('GraphQL filters on internal fields are refused or ignored', async () => {
    for (const [, reader] of readers) {
      const response = await reader.graphql(
        `{ Clusters(where: { editorNotes: { equals: "secret plan" } }) { docs { id } } }`,
      )
      const ids = response.body.data?.Clusters?.docs?.map((d: { id: number }) => d.id) ?? []
      expect(ids).not.toEqual([notedId])
      expect(JSON.stringify(response.body)).not.toContain('secret plan')
    }
  })
})
