import type { Payload } from 'payload'

import { closeKeyValueStore } from '../database/kv'

/**
 * Closes a Payload instance without cutting a job off. `payload.destroy()` stops the job crons
 * without waiting for a run in progress: a job cut off mid-way would stay marked as processing, and
 * its transaction would keep a connection that the database pool then waits for forever. So the
 * crons are paused and the current run ends first; then the database, then the key-value store.
 */
export async function closePayload(payload: Payload): Promise<void> {
  for (const cron of payload.crons) cron.pause()
  while (payload.crons.some((cron) => cron.isBusy()))
    await new Promise((resolve) => setTimeout(resolve, 50))
  await payload.destroy()
  await closeKeyValueStore(payload)
}
