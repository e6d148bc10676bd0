import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let secretariat: ApiClient
let comms: ApiClient
let secretariatEmail: string
let commsEmail: string
let clusterId: number

const waitForMail = async (count: number) => {
  for (let i = 0; i < 50 && inbox.mails.length < count; i++)
    await new Promise((r) => setTimeout(r, 50))
  return inbox.mails
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  const org = await fixtureOrganization(ctx.payload)
  clusterId = (
    await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Aerospace',
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: org,
        summary: 'Old summary',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
  ).id
  secretariatEmail = await createUser(ctx.payload, 'secretariat', org)
  commsEmail = await createUser(ctx.payload, 'communications')
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
  comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx.teardown()
  await inbox.stop()
})

describe('review workflow', () => {
  it('a secretariat submits a change for review and communications is emailed', async () => {
    const response = await secretariat.patch(
      `/clusters/${clusterId}`,
      { summary: 'New summary', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(200)
    const stored = await comms.get(`/clusters/${clusterId}`, { draft: 'true', depth: 0 })
    expect(stored.body.review.state).toBe('in_review')
    expect(typeof stored.body.review.submittedBy).toBe('number')
    const [mail] = await waitForMail(1)
    expect(mail.to).toEqual([commsEmail])
    expect(mail.raw).toContain('Review requested: Aerospace')
    expect((await comms.anonymous().get(`/clusters/${clusterId}`)).body.summary).toBe('Old summary')
  })

  it('the review queue lists it for communications', async () => {
    const queue = await comms.get('/clusters', {
      where: { 'review.state': { equals: 'in_review' } },
      draft: 'true',
    })
    expect(queue.body.docs.map((d: { id: number }) => d.id)).toEqual([clusterId])
  })

  it('a secretariat cannot decide on its own submission', async () => {
    const response = await secretariat.patch(
      `/clusters/${clusterId}`,
      { review: { state: 'changes_requested' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(400)
  })

  it('a secretariat that sends back the stored "published" (as the admin form does) saves a draft in review state "draft", and nothing is published', async () => {
    const published = await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Published cluster',
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: (
          await ctx.payload.findByID({ collection: 'clusters', id: clusterId, depth: 0 })
        ).secretariat as number,
        summary: 'Published summary',
        _status: 'published',
      },
      overrideAccess: true, // fixture: a published cluster of the secretariat's organization
    })
    expect(published.review?.state).toBe('published')
    const response = await secretariat.patch(
      `/clusters/${published.id}`,
      { summary: 'Sneaked in', review: { state: 'published' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(200)
    expect(response.body.doc.review.state).toBe('draft')
    expect(response.body.doc._status).toBe('draft')
    const live = await ctx.payload.findByID({ collection: 'clusters', id: published.id })
    expect(live.summary).toBe('Published summary')
    const latest = await ctx.payload.findByID({
      collection: 'clusters',
      id: published.id,
      draft: true,
      overrideAccess: true,
    })
    expect(latest.summary).toBe('Sneaked in')
    expect(latest.review?.state).toBe('draft')
  })

  it('sending back requires a comment, which reaches the secretariat', async () => {
    const silent = await comms.patch(
      `/clusters/${clusterId}`,
      { review: { state: 'changes_requested' } },
      { draft: 'true' },
    )
    expect(silent.status).toBe(400)
    const response = await comms.patch(
      `/clusters/${clusterId}`,
      { review: { state: 'changes_requested', comment: 'Please cite the 2024 figures.' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(200)
    const mails = await waitForMail(2)
    expect(mails[1].to).toEqual([secretariatEmail])
    expect(mails[1].raw).toContain('Please cite the 2024 figures.')
  })

  it('communications publishes the resubmitted change', async () => {
    await secretariat.patch(
      `/clusters/${clusterId}`,
      { summary: 'Newer summary', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    const published = await comms.patch(`/clusters/${clusterId}`, { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await comms.anonymous().get(`/clusters/${clusterId}`)).body.summary).toBe(
      'Newer summary',
    )
    const stored = await comms.get(`/clusters/${clusterId}`, { depth: 0 })
    expect(stored.body.review.state).toBe('published')
    const mails = await waitForMail(4)
    expect(mails.at(-1)?.raw).toContain('Published: Aerospace')
  })

  it('anonymous readers and API clients never see review data or editor notes', async () => {
    await comms.patch(`/clusters/${clusterId}`, {
      editorNotes: 'Call them on Monday',
      _status: 'published',
    })
    const anonymous = await comms.anonymous().get(`/clusters/${clusterId}`)
    expect(anonymous.body).not.toHaveProperty('review')
    expect(anonymous.body).not.toHaveProperty('editorNotes')
    const graphql = await comms
      .anonymous()
      .graphql(`query ($id: Int!) { Cluster(id: $id) { editorNotes review { comment } } }`, {
        id: clusterId,
      })
    expect(graphql.body.data.Cluster.editorNotes).toBeNull()
    expect(graphql.body.data.Cluster.review?.comment ?? null).toBeNull()
  })
})
