import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { watchingCommits } from './afterCommit'
import {
  moveOnCollectionChange,
  moveOnCollectionDelete,
  moveOnGlobalChange,
  noteCollectionDraftSave,
  noteGlobalDraftSave,
} from './hooks'

export { currentContentVersion } from './version'

/** Collections whose documents never reach a public response: their changes move nothing. */
const NEVER_PUBLIC: readonly string[] = [
  collectionSlugs.users,
  collectionSlugs.apiClients,
  collectionSlugs.auditLog,
  collectionSlugs.webhooks,
  collectionSlugs.webhookDeliveries,
]

/** Payload's own collections (preferences, locks, jobs, migrations, kv) are never public either. */
const mayBePublic = (slug: string) => !NEVER_PUBLIC.includes(slug) && !slug.startsWith('payload-')

function watchCollection(collection: CollectionConfig): CollectionConfig {
  if (!mayBePublic(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), noteCollectionDraftSave],
      afterChange: [...(hooks.afterChange ?? []), moveOnCollectionChange],
      afterDelete: [...(hooks.afterDelete ?? []), moveOnCollectionDelete],
    },
  }
}

function watchGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), noteGlobalDraftSave],
      afterChange: [...(hooks.afterChange ?? []), moveOnGlobalChange],
    },
  }
}

/**
 * The content version (see version.ts): moved, after the commit, by every change that may reach a
 * public response (a publish, an unpublish, a change or delete of a published document, any change
 * where there are no drafts; never a draft save), in every collection that may be public and every
 * global. Readers key their caches by `currentContentVersion(payload)`. The version lives in
 * `payload.kv` (config `kv`: Redis when REDIS_URL is set).
 */
export const contentVersion =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(watchCollection),
    globals: (config.globals ?? []).map(watchGlobal),
    db: watchingCommits(config.db),
  })
