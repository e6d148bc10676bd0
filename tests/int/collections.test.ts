import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { contentCollections } from '@/constants/slugs'
import { ApiClient } from '../helpers/client'
import { fixtureFor, fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let editor: ApiClient
let organization: number

beforeAll(async () => {
  ctx = await startPayload()
  const email = await createUser(ctx.payload, 'communications')
  editor = await new ApiClient(ctx.config).login(email, TEST_PASSWORD)
  organization = await fixtureOrganization(ctx.payload)
})

afterAll(async () => {
  await ctx.teardown()
})

describe.each(contentCollections)('%s', (collection) => {
  it('is created, read, updated and deleted through the Local API', async () => {
    const { payload } = ctx
    const { data, editable } = fixtureFor(collection, organization)
    const created = await payload.create({
      collection,
      data: { ...data, _status: 'published' } as never,
      overrideAccess: true,
    })
    const read = await payload.findByID({ collection, id: created.id, overrideAccess: true })
    expect((read as unknown as Record<string, unknown>)[editable]).toBe(data[editable])

    const updated = await payload.update({
      collection,
      id: created.id,
      data: { [editable]: 'Changed locally' } as never,
      overrideAccess: true,
    })
    expect((updated as unknown as Record<string, unknown>)[editable]).toBe('Changed locally')

    await payload.delete({ collection, id: created.id, overrideAccess: true })
    const left = await payload.count({
      collection,
      where: { id: { equals: created.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('is created, read, updated and deleted through REST by an editor', async () => {
    const { data, editable } = fixtureFor(collection, organization)
    const created = await editor.post(`/${collection}`, { ...data, _status: 'published' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const read = await editor.get(`/${collection}/${id}`)
    expect(read.status).toBe(200)
    expect(read.body[editable]).toBe(data[editable])

    const updated = await editor.patch(`/${collection}/${id}`, { [editable]: 'Changed over REST' })
    expect(updated.status).toBe(200)
    expect(updated.body.doc[editable]).toBe('Changed over REST')

    const deleted = await editor.delete(`/${collection}/${id}`)
    expect(deleted.status).toBe(200)
    expect((await editor.get(`/${collection}/${id}`)).status).toBe(404)
  })

  it('is created, read, updated and deleted through GraphQL by an editor', async () => {
    const { data, editable, graphql } = fixtureFor(collection, organization)
    const created = await editor.graphql(
      `mutation ($data: mutation${graphql.single}Input!) { create${graphql.single}(data: $data, draft: false) { id ${editable} } }`,
      { data: { ...data, _status: 'published' } },
    )
    expect(created.body.errors).toBeUndefined()
    const id = created.body.data[`create${graphql.single}`].id

    const read = await editor.graphql(
      `query ($id: Int!) { ${graphql.single}(id: $id) { ${editable} } }`,
      { id },
    )
    expect(read.body.data[graphql.single][editable]).toBe(data[editable])

    const updated = await editor.graphql(
      `mutation ($id: Int!, $data: mutation${graphql.single}UpdateInput!) { update${graphql.single}(id: $id, data: $data) { ${editable} } }`,
      { id, data: { [editable]: 'Changed over GraphQL' } },
    )
    expect(updated.body.errors).toBeUndefined()
    expect(updated.body.data[`update${graphql.single}`][editable]).toBe('Changed over GraphQL')

    const deleted = await editor.graphql(
      `mutation ($id: Int!) { delete${graphql.single}(id: $id) { id } }`,
      { id },
    )
    expect(deleted.body.data[`delete${graphql.single}`].id).toBe(id)
    const list = await editor.graphql(
      `query ($id: Int!) { ${graphql.plural}(where: { id: { equals: $id } }) { totalDocs } }`,
      { id },
    )
    expect(list.body.data[graphql.plural].totalDocs).toBe(0)
  })
})
