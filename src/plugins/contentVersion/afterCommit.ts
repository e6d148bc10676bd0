import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { whenCommitted } from '@/database/whenCommitted'
import { moveContentVersion } from './version'

/**
 * Open transactions that changed published content, kept on the Payload instance: the hooks that
 * add to it and the adapter wrap that empties it run in the host's module world, and the read
 * model (src/plugins/readModel) reads it from Next's.
 */
const CHANGED = Symbol.for('grappes.changedTransactions')

function changedOf(payload: Payload): Set<string> {
  const holder = payload as Payload & { [CHANGED]?: Set<string> }
  return (holder[CHANGED] ??= new Set())
}

/** The version is moved after the commit; at once when the write runs outside a transaction. */
export async function moveWhenCommitted(req: PayloadRequest): Promise<void> {
  const transaction = await req.transactionID
  if (transaction === undefined || transaction === null) return move(req.payload)
  changedOf(req.payload).add(String(transaction))
}

/** How many open transactions will move the version when they commit (tests: none left behind). */
export const pendingContentVersionMoves = (payload: Payload): number => changedOf(payload).size

/**
 * Moves the content version once the transaction that changed published content has committed.
 *
 * Moving it earlier, inside the transaction, sent every reader to recompute, from the data before
 * the commit, answers that the commit then made unreachable again (on PostgreSQL a write's
 * transaction lasts long enough under load for that to happen on every write); and a rolled-back
 * write would have emptied the caches for nothing.
 *
 * Payload has no after-commit hook (payloadcms/payload#5886): the adapter's commit is watched
 * (src/database/whenCommitted.ts). An outbox (a job queued with `req`) was the other way: it
 * exists only if the commit does, but it runs on the job runner's next turn, seconds later, and a
 * publish must reach the very next read. The wrap is
 * simpler and immediate; what it keeps is small: the ids of open transactions that changed
 * published content, per Payload instance, dropped on commit, on rollback, and on Payload's kill
 * (`killTransaction` rolls back).
 */
export function watchingCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      whenCommitted(instance, changedOf(args.payload), () => move(args.payload))
      return instance
    },
  }
}

/**
 * The write has committed: failing the request now would only make its author retry a done write.
 * The version store being unreachable is logged instead.
 */
async function move(payload: Payload): Promise<void> {
  await moveContentVersion(payload).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'content version not moved' }),
  )
}
