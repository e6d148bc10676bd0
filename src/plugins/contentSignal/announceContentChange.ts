import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { readEnv } from '@/env'
import { CONTENT_CACHE_TAG } from '@/plugins/contentSignal/cacheTag'
import { contentVersion } from './contentVersion'

/** Transactions that changed content; their commit announces the change once more (see adapter). */
const registry = globalThis as typeof globalThis & { __grappesDirtyTransactions?: Set<string> }
export const dirtyTransactions = (registry.__grappesDirtyTransactions ??= new Set<string>())

/**
 * Published content may have changed: move the content version (every cached response becomes
 * unreachable) and tell Next's data cache. Inside a transaction this waits for its commit: moving
 * earlier only sent every reader to recompute, from the data before the commit, answers that the
 * commit then made unreachable again (on PostgreSQL a write's transaction lasts long enough under
 * load for that to happen on every write). A read keyed before the commit is unreachable after it.
 */
async function announce(req: PayloadRequest): Promise<void> {
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) {
    dirtyTransactions.add(String(transaction))
    return
  }
  await moveContentVersion()
}

async function moveContentVersion(): Promise<void> {
  await contentVersion(readEnv().redisUrl).bump()
  revalidateSite()
}

/**
 * Tells Next's data cache that the site's reads are stale. It only works inside a Next request
 * (REST, GraphQL, the admin); elsewhere (seed, jobs, worker) the content version does the job.
 */
function revalidateSite(): void {
  // Next installs a global AsyncLocalStorage when its server starts; before that (seed, CLI,
  // worker) even loading next/cache throws, so it is imported on demand and only then.
  if (!('AsyncLocalStorage' in globalThis)) return
  import('next/cache')
    .then(({ revalidateTag }) => revalidateTag(CONTENT_CACHE_TAG, { expire: 0 }))
    .catch(() => undefined) // outside a Next request: the version key covers it
}

export const announceChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announce(req)
  return doc
}

export const announceDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announce(req)
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await announce(req)
  return doc
}

/** Called by the database adapter after a commit. */
export async function onCommit(transaction: unknown): Promise<void> {
  if (!dirtyTransactions.delete(String(await transaction))) return
  await moveContentVersion()
}

/** Called by the database adapter after a rollback: nothing changed, nothing to announce. */
export async function onRollback(transaction: unknown): Promise<void> {
  dirtyTransactions.delete(String(await transaction))
}
