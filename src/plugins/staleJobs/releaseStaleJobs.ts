import type { Payload } from 'payload'

import type { PayloadJob } from '@/payload-types'

const JOBS = 'payload-jobs'

/** A job lost this many times in all (with its own failures) is marked failed, not run again. */
export const MAX_TRIES_OF_A_LOST_JOB = 5

/**
 * Releases the jobs marked `processing` that nothing has updated for `staleAfterMs`: the process
 * that ran them died (killed, out of memory, a machine lost) without clearing the mark, and the
 * runner takes only jobs that are not processing, so they would wait forever. The lost run counts
 * as an attempt (`totalTried`); a job that has used up its tries is marked failed instead.
 * Returns how many were released.
 */
export async function releaseStaleJobs(payload: Payload, staleAfterMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - staleAfterMs).toISOString()
  const { docs } = await payload.db.find<PayloadJob>({
    collection: JOBS,
    limit: 100,
    pagination: false,
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
  })
  for (const job of docs) {
    const totalTried = (job.totalTried ?? 0) + 1
    const givenUp = totalTried >= MAX_TRIES_OF_A_LOST_JOB
    await payload.db.updateJobs({
      id: job.id,
      data: {
        processing: false,
        totalTried,
        ...(givenUp
          ? {
              hasError: true,
              error: { message: `its process stopped while running it (${totalTried} tries)` },
            }
          : {}),
      },
      returning: false,
    })
    payload.logger.warn(
      givenUp
        ? `Job ${job.id} (${job.taskSlug ?? 'workflow'}) was lost with its process ${totalTried} times: marked failed. Check what kills the process that runs it.`
        : `Job ${job.id} (${job.taskSlug ?? 'workflow'}) was still processing after ${staleAfterMs / 1_000} s without an update: its process stopped; released for attempt ${totalTried + 1}.`,
    )
  }
  return docs.length
}
