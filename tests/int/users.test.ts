import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { messages } from '@/i18n/messages'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let admin: ApiClient
let editor: ApiClient

beforeAll(async () => {
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
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

describe('users', () => {
  it('an admin creates, reads, updates and deletes a user through REST', async () => {
    const created = await admin.post('/users', {
      name: 'New Editor',
      email: 'new.editor@test.local',
      password: TEST_PASSWORD,
      role: 'secretariat',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await admin.get(`/users/${id}`)).body.role).toBe('secretariat')
    expect((await admin.patch(`/users/${id}`, { role: 'communications' })).body.doc.role).toBe(
      'communications',
    )
    expect((await admin.delete(`/users/${id}`)).status).toBe(200)
    expect((await admin.get(`/users/${id}`)).status).toBe(404)
  })

  it('an admin manages users through GraphQL', async () => {
    const created = await admin.graphql(
      `mutation { createUser(data: { name: "GraphQL User", email: "gql.user@test.local", password: "${TEST_PASSWORD}", role: secretariat }) { id role } }`,
    )
    const id = created.body.data.createUser.id
    const updated = await admin.graphql(
      `mutation ($id: Int!) { updateUser(id: $id, data: { name: "Renamed" }) { name } }`,
      { id },
    )
    expect(updated.body.data.updateUser.name).toBe('Renamed')
    const deleted = await admin.graphql(`mutation ($id: Int!) { deleteUser(id: $id) { id } }`, {
      id,
    })
    expect(deleted.body.data.deleteUser.id).toBe(id)
  })

  it('a communications editor cannot create users or raise their own role, and sees others by name only', async () => {
    expect(
      (
        await editor.post('/users', {
          name: 'X',
          email: 'x@test.local',
          password: TEST_PASSWORD,
          role: 'admin',
        })
      ).status,
    ).toBe(403)
    const list = await editor.get('/users')
    expect(list.body.totalDocs).toBe(2)
    const me = (await editor.get('/users/me')).body.user
    const others = list.body.docs.filter((doc: { id: number }) => doc.id !== me.id)
    expect(others.map((doc: object) => Object.keys(doc).sort())).toEqual([['id', 'name']])
    await editor.patch(`/users/${me.id}`, { role: 'admin' })
    expect((await admin.get(`/users/${me.id}`)).body.role).toBe('communications')
  })

  it('anonymous readers see no users', async () => {
    expect((await editor.anonymous().get('/users')).status).toBe(403)
  })
})

describe('ecosystem figures global', () => {
  it('an editor updates it; anonymous readers read the published figures', async () => {
    const saved = await editor.post('/globals/ecosystem-figures', {
      _status: 'published',
      groups: [
        {
          key: 'test-group',
          title: 'Test',
          figures: [
            { label: 'Jobs', display: '1,000 jobs', unit: 'jobs', value: 1000, year: 2024 },
          ],
        },
      ],
    })
    expect(saved.status).toBe(200)
    const read = await editor.anonymous().get('/globals/ecosystem-figures')
    expect(read.body.groups[0].figures[0]).toMatchObject({
      value: 1000,
      year: 2024,
      display: '1,000 jobs',
    })
  })

  it('a draft of it stays out of anonymous reads', async () => {
    await editor.post(
      '/globals/ecosystem-figures',
      { groups: [{ key: 'draft-group', title: 'Draft' }] },
      { draft: 'true' },
    )
    const published = await editor.anonymous().get('/globals/ecosystem-figures', { draft: 'true' })
    expect(published.body.groups.map((g: { key: string }) => g.key)).toEqual(['test-group'])
    const draft = await editor.get('/globals/ecosystem-figures', { draft: 'true' })
    expect(draft.body.groups.map((g: { key: string }) => g.key)).toEqual(['draft-group'])
  })

  it('anonymous readers cannot change it', async () => {
    const response = await editor.anonymous().post('/globals/ecosystem-figures', { groups: [] })
    expect(response.status).toBe(403)
  })
})

describe('single sign-on, when it is not set up', () => {
  it('without OIDC_ISSUER, the single sign-on endpoints answer 404 and say so', async () => {
    for (const path of ['/users/oidc/authorize', '/users/oidc/callback?code=x&state=y']) {
      const response = await admin.anonymous().get(path)
      expect(response.status).toBe(404)
      expect(response.body.errors[0].message).toBe(messages.en.oidcOff)
    }
  })

  it('nobody makes an account a single sign-on one through the API, an admin neither', async () => {
    const id = (await admin.get('/users/me')).body.user.id
    await admin.patch(`/users/${id}`, { signInMethod: 'oidc' })
    expect((await admin.get(`/users/${id}`)).body.signInMethod).toBe('password')
  })
})
