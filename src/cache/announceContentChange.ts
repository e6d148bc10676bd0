import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { readEnv } from '@/env'
import { CONTENT_CACHE_TAG } from '@/site/data/cacheTag'
import { contentVersion } from './contentVersion'

/** Transactions that changed content; their commit announces the change once more (see adapter). */
const registry = globalThis as typeof globalThis & { __grappesDirtyTransactions?: Set<string> }
export const dirtyTransactions = (registry.__grappesDirtyTransactions ??= new Set<string>())

/**
 * Published content may have changed: move the content version (every cached response becomes
 * unreachable). It moves now and again when the transaction commits, because a read made between
 * the two would otherwise see, and cache, the data from before the commit.
 */
async function announce(req: PayloadRequest): Promise<void> {
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) dirtyTransactions.add(String(transaction))
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
  if (!dirtyTransactions.delete(String(transaction))) return
  await contentVersion(readEnv().redisUrl).bump()
}
