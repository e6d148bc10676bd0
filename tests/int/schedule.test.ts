import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { runDueJobs } from '../helpers/jobs'
import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { startNpmScript } from '../helpers/serverProcess'
import { createUser } from '../helpers/users'

let ctx: TestContext
let reader: ApiClient
let organization: number
let commsId: number
let secretariatId: number

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function draftCluster(name: string): Promise<number> {
  const doc = await ctx.payload.create({
    collection: 'clusters',
    data: {
      name,
      kind: 'cluster',
      region: 'sherbrooke',
      secretariat: organization,
      summary: 's',
      _status: 'draft',
    },
    draft: true,
    overrideAccess: true, // fixture
  })
  return doc.id
}

/** What the admin's "Schedule" drawer does: queue a schedulePublish job for a date, as the user. */
async function schedule(id: number, type: 'publish' | 'unpublish', userId: number, inMs: number) {
  return ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'clusters', value: id },
      user: { relationTo: 'users', value: userId },
    },
    waitUntil: new Date(Date.now() + inMs),
  })
}

const isPublic = async (id: number) => (await reader.get(`/clusters/${id}`)).status === 200

const jobOf = (id: number | string) =>
  ctx.payload.findByID({
    collection: 'payload-jobs',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })

beforeAll(async () => {
  ctx = await startPayload()
  reader = new ApiClient(ctx.config)
  organization = await fixtureOrganization(ctx.payload)
  const userId = async (role: 'communications' | 'secretariat') => {
    const email = await createUser(
      ctx.payload,
      role,
      role === 'secretariat' ? organization : undefined,
    )
    return (
      await ctx.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
    ).docs[0].id
  }
  commsId = await userId('communications')
  secretariatId = await userId('secretariat')
})

afterAll(async () => {
  await ctx.teardown()
})

describe('scheduled publishing', () => {
  it('publishes at the scheduled time, not before', async () => {
    const id = await draftCluster('Scheduled')
    // Scheduling tries the publish first (src/plugins/schedules): a few seconds of margin.
    await schedule(id, 'publish', commsId, 4_000)
    await runDueJobs(ctx.payload)
    expect(await isPublic(id)).toBe(false)
    await sleep(4_200)
    await runDueJobs(ctx.payload)
    expect(await isPublic(id)).toBe(true)
  })

  it('unpublishes at the scheduled time', async () => {
    const id = await draftCluster('Leaving')
    await ctx.payload.update({
      collection: 'clusters',
      id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await schedule(id, 'unpublish', commsId, 300)
    await sleep(500)
    await runDueJobs(ctx.payload)
    expect(await isPublic(id)).toBe(false)
  })

  it('does not publish what a secretariat scheduled: the job fails, not allowed', async () => {
    const id = await draftCluster('Sneaky')
    const job = await schedule(id, 'publish', secretariatId, 100)
    await sleep(300)
    await runDueJobs(ctx.payload)
    expect(await isPublic(id)).toBe(false)
    const ran = await jobOf(job.id)
    expect(ran?.hasError).toBe(true)
    expect(ran?.completedAt ?? null).toBeNull()
    expect(ran?.log?.map((entry) => [entry.taskSlug, entry.state])).toEqual([
      ['schedulePublish', 'failed'],
    ])
    expect(ran?.error).toMatchObject({ message: 'You are not allowed to perform this action.' })
  })

  it("is carried out by `npm run worker` (Payload's jobs CLI), a separate process", async () => {
    const id = await draftCluster('Worker published')
    const job = await schedule(id, 'publish', commsId, 500)
    const worker = startNpmScript('worker', {
      DATABASE_URL: ctx.database.url,
      JOBS_CRON: '* * * * * *',
    })
    try {
      for (let i = 0; i < 600 && worker.child.exitCode === null && !(await isPublic(id)); i++)
        await sleep(100)
      expect(await isPublic(id)).toBe(true)
      expect(worker.child.exitCode).toBeNull()
    } finally {
      worker.stop('SIGTERM')
    }
    await worker.exited
    // Completed jobs are kept (`deleteJobOnComplete: false`), for the schedules view.
    expect((await jobOf(job.id))?.completedAt).toEqual(expect.any(String))
  })
})
