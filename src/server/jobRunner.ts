import type { Payload } from 'payload'

/**
 * Runs every job that is due (scheduled publications and unpublications, webhook deliveries), in
 * all queues. On SQLite they run one after another: the database has a single writer, and jobs
 * run side by side only queue for it (and used to fail with `SQLITE_BUSY`).
 */
export async function runDueJobs(payload: Payload): Promise<void> {
  await payload.jobs.run({
    allQueues: true,
    limit: 50,
    overrideAccess: true,
    sequential: payload.db.name === 'sqlite',
  })
}

/**
 * Polls for due jobs every `intervalSeconds`, one run at a time. Exactly one process should do
 * this: the server on a single node, or `npm run worker` when several app instances run.
 */
export function startJobRunner(
  payload: Payload,
  intervalSeconds: number,
): { stop: () => Promise<void> } {
  let running: Promise<void> | undefined
  const tick = () => {
    if (running) return
    running = runDueJobs(payload)
      .catch((error: Error) =>
        payload.logger.error({ err: error, msg: 'Scheduled jobs failed; they will be retried.' }),
      )
      .finally(() => (running = undefined))
  }
  const timer = setInterval(tick, intervalSeconds * 1000)
  tick()
  return {
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
