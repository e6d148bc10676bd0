import type { Config, Payload, Plugin } from 'payload'

import { releaseStaleJobs } from './releaseStaleJobs'

export type StaleJobsOptions = {
  /** How long a job may stay `processing` without an update (`JOBS_STALE_AFTER_SECONDS`). */
  staleAfterMs: number
}

/**
 * Nothing stays stuck: a job left `processing` by a process that died is released and retried.
 *
 * Payload 3.90's runner has no such timeout: it picks jobs with `processing: false` and clears
 * the mark only when the run ends. So every way jobs are run (the server's cron, `npm run worker`,
 * which is Payload's CLI, and the tests' `payload.jobs.run`) first releases stale jobs: the one
 * place they all go through is `payload.jobs.run`, wrapped here once the instance starts (as
 * src/plugins/schedules/guardScheduling.ts wraps `payload.jobs.queue`). At most every half
 * timeout (30 s at most), so the runner's tick of every second costs no extra query most times.
 */
export const staleJobs =
  ({ staleAfterMs }: StaleJobsOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      releaseStaleJobsBeforeRuns(payload, staleAfterMs)
    },
  })

function releaseStaleJobsBeforeRuns(payload: Payload, staleAfterMs: number): void {
  const run = payload.jobs.run
  const every = Math.min(staleAfterMs / 2, 30_000)
  let nextCheck = 0
  payload.jobs.run = (async (args: Parameters<typeof run>[0]) => {
    if (Date.now() >= nextCheck) {
      nextCheck = Date.now() + every
      await releaseStaleJobs(payload, staleAfterMs).catch((error: Error) =>
        payload.logger.error(
          `Could not release stale jobs (${error.message}); due jobs run anyway, stale ones are tried again in ${every / 1_000} s.`,
        ),
      )
    }
    return run(args)
    // Payload types the result as a promise of a promise; it is one promise, awaited as such.
  }) as unknown as typeof run
}
