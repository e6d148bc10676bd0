import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { WEBHOOK_TASK } from '@/constants/webhooks'
import { MAX_TRIES_OF_A_LOST_JOB } from '@/plugins/staleJobs/releaseStaleJobs'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * What the runner does with jobs left `processing` (tests/int/stuckJobs.test.ts kills a real
 * process; this one sets the marks): one lost long enough ago and out of tries is marked failed,
 * one still being run elsewhere (updated within the timeout) is left alone.
 */
let ctx: TestContext

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A queued delivery job marked as being run; its task never runs in this test. */
async function processingJob(totalTried: number) {
  const job = await ctx.payload.jobs.queue({ task: WEBHOOK_TASK, input: { delivery: 999_999 } })
  await ctx.payload.db.updateJobs({ id: job.id, data: { processing: true, totalTried } })
  return job.id
}

const jobState = async (id: number | string) => {
  const { processing, hasError, totalTried, error } = await ctx.payload.findByID({
    collection: 'payload-jobs',
    id,
    overrideAccess: true,
  })
  return { processing, hasError, totalTried, error }
}

beforeAll(async () => {
  process.env.JOBS_STALE_AFTER_SECONDS = '1'
  ctx = await startPayload()
})

afterAll(async () => {
  delete process.env.JOBS_STALE_AFTER_SECONDS
  await ctx.teardown()
})

describe('jobs left processing', () => {
  it('a lost job out of tries is marked failed; one updated within the timeout is left alone', async () => {
    const lost = await processingJob(MAX_TRIES_OF_A_LOST_JOB - 1)
    await sleep(1_500)
    const running = await processingJob(0)

    await ctx.payload.jobs.run({ allQueues: true })

    expect(await jobState(lost)).toEqual({
      processing: false,
      hasError: true,
      totalTried: MAX_TRIES_OF_A_LOST_JOB,
      error: { message: `its process stopped while running it (${MAX_TRIES_OF_A_LOST_JOB} tries)` },
    })
    expect(await jobState(running)).toEqual({
      processing: true,
      hasError: false,
      totalTried: 0,
      error: null,
    })
  })
})
