import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'

import { ApiClient, type JsonResponse } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { runDueJobs } from '../helpers/jobs'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import type { ReviewState } from '@/constants/review'
import type { ReviewAction } from '@/plugins/review/transitions'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let organization: number
let secretariat: ApiClient
let otherSecretariat: ApiClient
let comms: ApiClient
let admin: ApiClient
let secretariatEmail: string
let commsEmail: string

type Role = 'secretariat' | 'communications' | 'admin'
const client = (role: Role) => ({ secretariat, communications: comms, admin })[role]

const reviewEmailJobs: Where = { taskSlug: { equals: 'sendReviewEmail' } }
const reviewEmailJobCount = async () =>
  (await ctx.payload.count({ collection: 'payload-jobs', where: reviewEmailJobs })).totalDocs

const act = (who: ApiClient, id: number, action: ReviewAction | string, body: unknown = {}) =>
  who.post(`/clusters/${id}/review/${action}`, body)

/** A published cluster of the secretariat's organization, as the seed leaves them. */
async function publishedCluster(): Promise<number> {
  const cluster = await ctx.payload.create({
    collection: 'clusters',
    data: {
      name: `Cluster ${Math.random().toString(36).slice(2, 8)}`,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'Published summary',
      _status: 'published',
    },
    overrideAccess: true, // fixture
  })
  return cluster.id
}

/** A cluster brought to `state` the way people do it: edits and review actions. */
async function clusterIn(state: ReviewState): Promise<number> {
  const id = await publishedCluster()
  if (state === 'published') return id
  const edited = await secretariat.patch(
    `/clusters/${id}`,
    { summary: 'Draft summary' },
    { draft: 'true' },
  )
  expect(edited.body.doc.review.state).toBe('draft')
  if (state === 'draft') return id
  expect((await act(secretariat, id, 'submit')).status).toBe(200)
  if (state === 'in_review') return id
  expect((await act(comms, id, 'requestChanges', { comment: 'Cite 2024.' })).status).toBe(200)
  return id
}

/** What is stored of a cluster: its latest draft, its versions, the published summary. */
async function stored(id: number) {
  const draft = await ctx.payload.findByID({
    collection: 'clusters',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const published = await ctx.payload.findByID({ collection: 'clusters', id, depth: 0 })
  return {
    review: draft.review,
    status: draft._status,
    summary: draft.summary,
    updatedAt: draft.updatedAt,
    publishedSummary: published.summary,
    versions: (
      await ctx.payload.findVersions({
        collection: 'clusters',
        where: { parent: { equals: id } },
        depth: 0,
        limit: 0,
        overrideAccess: true,
      })
    ).totalDocs,
  }
}

/** A refusal stores nothing and queues no e-mail. */
async function expectRefusedWithoutChange(
  attempt: () => Promise<JsonResponse>,
  id: number,
  status: number,
): Promise<JsonResponse> {
  const before = await stored(id)
  const jobs = await reviewEmailJobCount()
  const answer = await attempt()
  expect(answer.status).toBe(status)
  expect(await stored(id)).toEqual(before)
  expect(await reviewEmailJobCount()).toBe(jobs)
  return answer
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  organization = await fixtureOrganization(ctx.payload)
  const otherOrganization = await fixtureOrganization(ctx.payload)
  secretariatEmail = await createUser(ctx.payload, 'secretariat', organization)
  commsEmail = await createUser(ctx.payload, 'communications')
  const adminEmail = await createUser(ctx.payload, 'admin')
  const otherEmail = await createUser(ctx.payload, 'secretariat', otherOrganization)
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
  otherSecretariat = await new ApiClient(ctx.config).login(otherEmail, TEST_PASSWORD)
  comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
  admin = await new ApiClient(ctx.config).login(adminEmail, TEST_PASSWORD)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx.teardown()
  await inbox.stop()
})

describe('review actions: POST /api/<collection>/:id/review/<action>', () => {
  it.each([
    ['submit', 'secretariat', 'draft', 'in_review'],
    ['submit', 'secretariat', 'changes_requested', 'in_review'],
    ['withdraw', 'secretariat', 'in_review', 'draft'],
    ['requestChanges', 'communications', 'in_review', 'changes_requested'],
    ['requestChanges', 'admin', 'in_review', 'changes_requested'],
    ['approve', 'communications', 'in_review', 'published'],
    ['approve', 'admin', 'in_review', 'published'],
  ] as const)('%s by %s from %s: 200, the document is %s', async (action, role, from, to) => {
    const id = await clusterIn(from)
    const answer = await act(client(role), id, action, { comment: 'Please cite the source.' })
    expect(answer.status).toBe(200)
    expect(answer.body.doc.review.state).toBe(to)
    const after = await stored(id)
    expect(after.review?.state).toBe(to)
    expect(after.publishedSummary).toBe(to === 'published' ? 'Draft summary' : 'Published summary')
  })

  it.each([
    ['submit', 'communications', 'draft'],
    ['submit', 'admin', 'draft'],
    ['withdraw', 'communications', 'in_review'],
    ['requestChanges', 'secretariat', 'in_review'],
    ['approve', 'secretariat', 'in_review'],
  ] as const)('%s by %s (from %s) is a 403, and nothing changes', async (action, role, from) => {
    const id = await clusterIn(from)
    const answer = await expectRefusedWithoutChange(
      () => act(client(role), id, action, { comment: 'Not mine to decide.' }),
      id,
      403,
    )
    expect(answer.body.errors[0].message).toMatch(/secretariat/i)
  })

  it.each([
    ['submit', 'secretariat', 'in_review'],
    ['submit', 'secretariat', 'published'],
    ['withdraw', 'secretariat', 'draft'],
    ['withdraw', 'secretariat', 'changes_requested'],
    ['requestChanges', 'communications', 'draft'],
    ['requestChanges', 'communications', 'changes_requested'],
    ['approve', 'communications', 'draft'],
    ['approve', 'admin', 'changes_requested'],
  ] as const)(
    '%s by %s from %s is a 409 naming the state, and nothing changes',
    async (action, role, from) => {
      const id = await clusterIn(from)
      const answer = await expectRefusedWithoutChange(
        () => act(client(role), id, action, { comment: 'Please cite the source.' }),
        id,
        409,
      )
      expect(answer.body.errors[0].message).toMatch(/^This document is “[^”]+”; this action needs/)
    },
  )

  it('requesting changes without a comment is a 400 naming review.comment, and nothing changes', async () => {
    const id = await clusterIn('in_review')
    for (const body of [{}, { comment: '   ' }]) {
      const answer = await expectRefusedWithoutChange(
        () => act(comms, id, 'requestChanges', body),
        id,
        400,
      )
      expect(answer.body.errors[0].data.errors).toEqual([
        {
          path: 'review.comment',
          message: 'Say what should change: the comment goes to the secretariat.',
        },
      ])
    }
  })

  it('a secretariat cannot act on another organization’s cluster (404), nor can an anonymous reader (401)', async () => {
    const id = await clusterIn('draft')
    await expectRefusedWithoutChange(() => act(otherSecretariat, id, 'submit'), id, 404)
    await expectRefusedWithoutChange(() => act(secretariat.anonymous(), id, 'submit'), id, 401)
    await expectRefusedWithoutChange(() => act(secretariat, id, 'publish'), id, 404)
  })

  it('submitting says who was told, queues the e-mail to communications, and the job sends it', async () => {
    const id = await clusterIn('draft')
    await runDueJobs(ctx.payload) // the e-mails of earlier tests, sent before what this test checks
    const jobs = await reviewEmailJobCount()
    const answer = await act(secretariat, id, 'submit')
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe(
      `Submitted for review. Communications was notified: ${commsEmail}.`,
    )
    expect(answer.body.notified).toEqual([commsEmail])
    expect(await reviewEmailJobCount()).toBe(jobs + 1)
    const before = inbox.mails.length
    await runDueJobs(ctx.payload)
    const mails = inbox.mails.slice(before)
    expect(mails.map((mail) => mail.to)).toEqual([[commsEmail]])
    expect(mails[0].raw).toContain('Review requested')
  })

  it('requesting changes and approving tell the submitter, in the admin’s language', async () => {
    const id = await clusterIn('in_review')
    await runDueJobs(ctx.payload) // the submission's e-mail, sent before what this test checks
    const french = comms.asBrowser({ Origin: ctx.config.serverURL, 'Accept-Language': 'fr-CA' })
    const sentBack = await act(french, id, 'requestChanges', { comment: 'Citez 2024.' })
    expect(sentBack.status).toBe(200)
    expect(sentBack.body.message).toBe(
      `Modifications demandées. Le secrétariat a été avisé : ${secretariatEmail}.`,
    )
    expect((await stored(id)).review?.comment).toBe('Citez 2024.')
    expect((await act(secretariat, id, 'submit')).status).toBe(200)
    const approved = await act(comms, id, 'approve')
    expect(approved.body.message).toBe(
      `Approved and published. The secretariat was notified: ${secretariatEmail}.`,
    )
    const before = inbox.mails.length
    await runDueJobs(ctx.payload)
    expect(inbox.mails.slice(before).map((mail) => mail.to)).toEqual([
      [secretariatEmail],
      [commsEmail],
      [secretariatEmail],
    ])
  })

  it('a refusal is explained in French to a French admin', async () => {
    const id = await clusterIn('in_review')
    const french = secretariat.asBrowser({
      Origin: ctx.config.serverURL,
      'Accept-Language': 'fr-CA',
    })
    const refused = await act(french, id, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Un secrétariat soumet ses modifications pour révision; les communications en décident.',
    )
    const conflict = await act(french, id, 'submit')
    expect(conflict.status).toBe(409)
    expect(conflict.body.errors[0].message).toBe(
      'Ce document est « En révision »; cette action demande « Brouillon / Modifications demandées ».',
    )
  })

  it('REST and GraphQL writes of the state follow the same rule as the actions', async () => {
    const id = await clusterIn('draft')
    // Sending back what is not in review: a 409, as the action says.
    const rest = await comms.patch(
      `/clusters/${id}`,
      { review: { state: 'changes_requested', comment: 'Cite 2024.' } },
      { draft: 'true' },
    )
    expect(rest.status).toBe(409)
    const graphql = await comms.graphql(
      `mutation ($id: Int!) { updateCluster(id: $id, draft: true, data: { review: { state: changes_requested, comment: "Cite 2024." } }) { id } }`,
      { id },
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(409)
    // A secretariat writing a decision: the 400 naming the state, as before.
    const decided = await secretariat.patch(
      `/clusters/${id}`,
      { review: { state: 'changes_requested' } },
      { draft: 'true' },
    )
    expect(decided.status).toBe(400)
    expect(decided.body.errors[0].data.errors[0].path).toBe('review.state')
    expect((await stored(id)).review?.state).toBe('draft')
  })
})
