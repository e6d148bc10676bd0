import type { Payload } from 'payload'

/**
 * Runs the due jobs as the server's job cron does (`jobs.autoRun` in the config: same queues, same
 * limit per tick), tick after tick until none is left, without waiting for the cron.
 */
export async function runDueJobs(payload: Payload): Promise<void> {
  const { autoRun } = payload.config.jobs
  const [tick] = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])
  for (let i = 0; i < 1_000; i++) {
    const result = await payload.jobs.run({
      allQueues: tick.allQueues,
      queue: tick.queue,
      limit: tick.limit,
    })
    if (result.noJobsRemaining) return
  }
  throw new Error('due jobs keep coming back after 1,000 ticks')
}
