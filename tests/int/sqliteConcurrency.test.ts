import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { runDueJobs } from '../helpers/jobs'
import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let editors: ApiClient[]
let userEmail: string
let organization: number
let commsId: number

const waitForMail = async (count: number) => {
  for (let i = 0; i < 100 && inbox.mails.length < count; i++)
    await new Promise((r) => setTimeout(r, 50))
  return inbox.mails
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  organization = await fixtureOrganization(ctx.payload)
  userEmail = await createUser(ctx.payload, 'secretariat', organization)
  editors = []
  for (const role of ['communications', 'communications', 'admin'] as const)
    editors.push(
      await new ApiClient(ctx.config).login(await createUser(ctx.payload, role), TEST_PASSWORD),
    )
  const me = await editors[0].get('/users/me')
  commsId = me.body.user.id
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx.teardown()
  await inbox.stop()
})

describe('database writes under concurrency', () => {
  it('forgot-password answers 200 and mails the reset link', async () => {
    const response = await editors[0].anonymous().post('/users/forgot-password', {
      email: userEmail,
    })
    expect(response.status).toBe(200)
    const mails = await waitForMail(1)
    expect(mails.map((mail) => mail.to)).toEqual([[userEmail]])
    expect(mails[0].raw).toContain('reset')
  })

  it('forgot-password for an unknown e-mail answers the same 200', async () => {
    const response = await editors[0].anonymous().post('/users/forgot-password', {
      email: 'nobody@test.grappes.local',
    })
    expect(response.status).toBe(200)
  })

  it('20 concurrent writes by editors all succeed', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      editors[i % editors.length].post('/organizations', {
        name: `Concurrent org ${i}`,
        kind: 'movement',
        region: 'quebec',
        _status: 'published',
      }),
    )
    const statuses = (await Promise.all(writes)).map((response) => response.status)
    expect(statuses).toEqual(Array(20).fill(201))
    const stored = await ctx.payload.count({
      collection: 'organizations',
      where: { name: { like: 'Concurrent org' } },
    })
    expect(stored.totalDocs).toBe(20)
  })

  it('due jobs run while editors write: every job completes and every write is stored', async () => {
    const clusters: number[] = []
    for (let i = 0; i < 10; i++) {
      const draft = await ctx.payload.create({
        collection: 'clusters',
        data: {
          name: `Scheduled ${i}`,
          kind: 'cluster',
          region: 'sherbrooke',
          secretariat: organization,
          summary: 's',
          _status: 'draft',
        },
        draft: true,
        overrideAccess: true, // fixture
      })
      clusters.push(draft.id)
      await ctx.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'clusters', value: draft.id },
          user: { relationTo: 'users', value: commsId },
        },
        waitUntil: new Date(Date.now() - 1_000),
      })
    }
    const writes = Array.from({ length: 10 }, (_, i) =>
      editors[i % editors.length].post('/organizations', {
        name: `Written during jobs ${i}`,
        kind: 'movement',
        region: 'quebec',
      }),
    )
    const [, ...answers] = await Promise.all([runDueJobs(ctx.payload), ...writes])
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201))
    const published = await editors[0].anonymous().get('/clusters', {
      where: { id: { in: clusters } },
      limit: 20,
    })
    expect(published.body.totalDocs).toBe(10)
    const failed = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { hasError: { equals: true } },
    })
    expect(failed.totalDocs).toBe(0)
  })

  it('a write made of nested adapter writes (saving an admin preference) answers at once', async () => {
    const started = performance.now()
    const saved = await editors[0].post('/payload-preferences/nav', { value: { open: true } })
    expect(saved.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
