import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'
import { currentContentVersion } from '@/plugins/contentVersion'
import { pendingContentVersionMoves } from '@/plugins/contentVersion/afterCommit'
import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

/**
 * The content version moves when, and only when, what the public reads may have changed, and only
 * once the change has committed (src/plugins/contentVersion).
 */
let ctx: TestContext
let editor: ApiClient
let admin: ApiClient
let organization: number
let clusterId: number

const version = () => currentContentVersion(ctx.payload)

/** Whether `change` moved the content version. */
async function moves(change: () => Promise<unknown>): Promise<boolean> {
  const before = await version()
  await change()
  return (await version()) !== before
}

beforeAll(async () => {
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
  organization = await fixtureOrganization(ctx.payload)
  clusterId = (
    await editor.post('/clusters', {
      name: 'Aerospace',
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'Published text',
      _status: 'published',
    })
  ).body.doc.id
})

afterAll(async () => {
  await ctx.teardown()
})

describe('the content version', () => {
  it('stays when a user or an API client changes: they never reach a public response', async () => {
    const { user } = (await admin.get('/users/me')).body
    expect(
      await moves(async () =>
        expect((await admin.patch(`/users/${user.id}`, { name: 'Renamed admin' })).status).toBe(
          200,
        ),
      ),
    ).toBe(false)
    let apiClient = 0
    expect(
      await moves(async () => {
        const created = await admin.post('/api-clients', { name: 'Website' })
        expect(created.status).toBe(201)
        apiClient = created.body.doc.id
      }),
    ).toBe(false)
    expect(
      await moves(async () =>
        expect(
          (await admin.patch(`/api-clients/${apiClient}`, { description: 'The site' })).status,
        ).toBe(200),
      ),
    ).toBe(false)
  })

  it('stays on a draft save of a published document, over REST and the Local API', async () => {
    expect(
      await moves(async () =>
        expect(
          (
            await editor.patch(
              `/clusters/${clusterId}`,
              { summary: 'Draft text' },
              { draft: 'true' },
            )
          ).status,
        ).toBe(200),
      ),
    ).toBe(false)
    expect(
      await moves(() =>
        ctx.payload.update({
          collection: collectionSlugs.clusters,
          id: clusterId,
          data: { summary: 'Another draft' },
          draft: true,
        }),
      ),
    ).toBe(false)
    expect((await editor.anonymous().get(`/clusters/${clusterId}`)).body.summary).toBe(
      'Published text',
    )
  })

  it('stays when a draft is created, and moves when it is published', async () => {
    let draftId = 0
    expect(
      await moves(async () => {
        const created = await editor.post(
          '/clusters',
          {
            name: 'Unannounced',
            kind: 'cluster',
            region: 'quebec',
            secretariat: organization,
            summary: 'Draft.',
          },
          { draft: 'true' },
        )
        expect(created.status).toBe(201)
        draftId = created.body.doc.id
      }),
    ).toBe(false)
    expect(await moves(() => editor.patch(`/clusters/${draftId}`, { _status: 'published' }))).toBe(
      true,
    )
  })

  it('moves on a publish, an unpublish and the delete of a published document', async () => {
    expect(
      await moves(() =>
        editor.patch(`/clusters/${clusterId}`, { summary: 'Version 2', _status: 'published' }),
      ),
    ).toBe(true)
    expect(await moves(() => editor.patch(`/clusters/${clusterId}`, { _status: 'draft' }))).toBe(
      true,
    )
    expect(
      await moves(() => editor.patch(`/clusters/${clusterId}`, { _status: 'published' })),
    ).toBe(true)
    expect(await moves(() => editor.delete(`/clusters/${clusterId}`))).toBe(true)
  })

  it('moves on any change where there are no drafts (media)', async () => {
    const sharp = (await import('sharp')).default
    const image = await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 90, b: 160 } },
    })
      .png()
      .toBuffer()
    expect(
      await moves(async () => {
        const uploaded = await editor.upload(
          '/media',
          { name: 'blue.png', type: 'image/png', data: image },
          { alt: 'A blue square' },
        )
        expect(uploaded.status).toBe(201)
      }),
    ).toBe(true)
  })

  it('moves when the ecosystem-figures global is published, not on its draft save', async () => {
    const figures = {
      groups: [{ key: 'jobs', title: 'Jobs', figures: [] }],
    }
    expect(
      await moves(async () =>
        expect(
          (
            await editor.post(`/globals/${globalSlugs.ecosystemFigures}`, figures, {
              draft: 'true',
            })
          ).status,
        ).toBe(200),
      ),
    ).toBe(false)
    expect(
      await moves(async () =>
        expect(
          (
            await editor.post(`/globals/${globalSlugs.ecosystemFigures}`, {
              ...figures,
              _status: 'published',
            })
          ).status,
        ).toBe(200),
      ),
    ).toBe(true)
  })

  it('moves only after the commit; a rolled-back write leaves no trace', async () => {
    const organizationDoc = { name: 'Rolled back', _status: 'published' as const }
    const before = await version()
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({
      collection: collectionSlugs.organizations,
      id: organization,
      data: organizationDoc,
      req,
    })
    // Written, not committed: readers still read the old content under the old version.
    expect(await version()).toBe(before)
    expect(pendingContentVersionMoves(ctx.payload)).toBe(1)
    await killTransaction(req)
    expect(pendingContentVersionMoves(ctx.payload)).toBe(0)
    expect(await version()).toBe(before)
    const stored = await ctx.payload.findByID({
      collection: collectionSlugs.organizations,
      id: organization,
    })
    expect(stored.name).not.toBe('Rolled back')
  })
})
