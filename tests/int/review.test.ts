import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { runDueJobs } from '../helpers/jobs'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import type { User } from '@/payload-types'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let secretariat: ApiClient
let comms: ApiClient
let secretariatEmail: string
let commsEmail: string
let clusterId: number
let organization: number
let secretariatUser: User
let cronPayload: Payload

const reviewEmailJobs: Where = { taskSlug: { equals: 'sendReviewEmail' } }
const countReviewEmailJobs = async () =>
  (await ctx.payload.count({ collection: 'payload-jobs', where: reviewEmailJobs })).totalDocs

/** Runs the due jobs and returns the mails they sent (the inbox has them once SMTP answered). */
async function mailsSentByJobs() {
  const before = inbox.mails.length
  await runDueJobs(ctx.payload)
  return inbox.mails.slice(before)
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  // As in the server: due jobs run on Payload's job cron in this process (paused until the last test).
  process.env.JOBS_IN_PROCESS = 'true'
  ctx = await startPayload()
  cronPayload = await getPayload({ config: ctx.config, cron: true })
  for (const cron of cronPayload.crons) cron.pause()
  const org = await fixtureOrganization(ctx.payload)
  organization = org
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
  secretariatUser = (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: secretariatEmail } },
      overrideAccess: true,
    })
  ).docs[0]
  commsEmail = await createUser(ctx.payload, 'communications')
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
  comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  process.env.JOBS_IN_PROCESS = 'false'
  await ctx.teardown()
  await inbox.stop()
})

describe('review workflow', () => {
  it('a secretariat submits a change for review; communications is e-mailed by a job once the save has committed', async () => {
    const mailsBefore = inbox.mails.length
    const response = await secretariat.patch(
      `/clusters/${clusterId}`,
      { summary: 'New summary', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect(response.status).toBe(200)
    const stored = await comms.get(`/clusters/${clusterId}`, { draft: 'true', depth: 0 })
    expect(stored.body.review.state).toBe('in_review')
    expect(typeof stored.body.review.submittedBy).toBe('number')
    // The save has answered: its e-mail is a queued job, not yet sent.
    expect(inbox.mails.length).toBe(mailsBefore)
    const queued = await ctx.payload.find({
      collection: 'payload-jobs',
      where: reviewEmailJobs,
      overrideAccess: true,
    })
    expect(queued.docs).toHaveLength(1)
    expect(queued.docs[0].completedAt ?? null).toBeNull()
    expect(queued.docs[0].input).toMatchObject({
      to: commsEmail,
      subject: '[Grappes] Review requested / Révision demandée: Aerospace',
    })

    const mails = await mailsSentByJobs()
    expect(mails.map((mail) => mail.to)).toEqual([[commsEmail]])
    expect(mails[0].raw).toContain('Review requested: Aerospace')
    // Payload deletes a job once it has completed (`deleteJobOnComplete`); a failed one stays.
    const sent = await ctx.payload.findByID({
      collection: 'payload-jobs',
      id: queued.docs[0].id,
      overrideAccess: true,
      disableErrors: true,
    })
    expect(sent).toBeNull()
    expect((await comms.anonymous().get(`/clusters/${clusterId}`)).body.summary).toBe('Old summary')
  })

  it('a submission whose transaction rolls back queues no e-mail and sends none', async () => {
    const other = await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Rolled back',
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: organization,
        summary: 'Unchanged',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
    const jobsBefore = await countReviewEmailJobs()
    const mailsBefore = inbox.mails.length
    // A save that is one step of a larger write (a script, an endpoint) that then fails.
    const req = await createLocalReq({ user: secretariatUser }, ctx.payload)
    await initTransaction(req)
    const saved = await ctx.payload.update({
      collection: 'clusters',
      id: other.id,
      data: { summary: 'Never kept', review: { state: 'in_review' } },
      draft: true,
      overrideAccess: false,
      user: secretariatUser,
      req,
    })
    expect(saved.review?.state).toBe('in_review')
    await killTransaction(req)

    expect(await mailsSentByJobs()).toEqual([])
    expect(inbox.mails.length).toBe(mailsBefore)
    expect(await countReviewEmailJobs()).toBe(jobsBefore)
    const kept = await ctx.payload.findByID({
      collection: 'clusters',
      id: other.id,
      draft: true,
      overrideAccess: true,
    })
    expect(kept.review?.state).toBe('published')
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
    const mails = await mailsSentByJobs()
    expect(mails.map((mail) => mail.to)).toEqual([[secretariatEmail]])
    expect(mails[0].raw).toContain('Changes requested: Aerospace')
    expect(mails[0].raw).toContain('Please cite the 2024 figures.')
  })

  it('communications publishes the resubmitted change, and the submitter is told', async () => {
    await secretariat.patch(
      `/clusters/${clusterId}`,
      { summary: 'Newer summary', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect((await mailsSentByJobs()).map((mail) => mail.to)).toEqual([[commsEmail]])
    const published = await comms.patch(`/clusters/${clusterId}`, { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await comms.anonymous().get(`/clusters/${clusterId}`)).body.summary).toBe(
      'Newer summary',
    )
    const stored = await comms.get(`/clusters/${clusterId}`, { depth: 0 })
    expect(stored.body.review.state).toBe('published')
    const mails = await mailsSentByJobs()
    expect(mails.map((mail) => mail.to)).toEqual([[secretariatEmail]])
    expect(mails[0].raw).toContain('Published: Aerospace')
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

  it('in a process that runs jobs (the server), the e-mail goes out within two seconds of the save', async () => {
    expect(cronPayload.crons).toHaveLength(1)
    for (const cron of cronPayload.crons) cron.resume()
    try {
      const before = inbox.mails.length
      const started = Date.now()
      const response = await secretariat.patch(
        `/clusters/${clusterId}`,
        { summary: 'Latest summary', review: { state: 'in_review' } },
        { draft: 'true' },
      )
      expect(response.status).toBe(200)
      while (inbox.mails.length === before && Date.now() - started < 2_000)
        await new Promise((resolve) => setTimeout(resolve, 20))
      expect(inbox.mails.slice(before).map((mail) => mail.to)).toEqual([[commsEmail]])
    } finally {
      for (const cron of cronPayload.crons) cron.pause()
    }
  })
})
