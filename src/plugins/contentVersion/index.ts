import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { privateCollections } from '@/constants/slugs'
import { addHooks } from '../shared/addHooks'
import { watchingCommits } from './afterCommit'
import {
  moveOnCollectionChange,
  moveOnCollectionDelete,
  moveOnGlobalChange,
  noteCollectionDraftSave,
  noteGlobalDraftSave,
} from './hooks'

import { contentVersionSlot } from './version'

export { currentContentVersion, onContentVersionMoved } from './version'

/** Payload's own collections (preferences, locks, jobs, migrations, kv) are never public either. */
const mayBePublic = (slug: string) =>
  !privateCollections.includes(slug) && !slug.startsWith('payload-')

function watchCollection(collection: CollectionConfig): CollectionConfig {
  if (!mayBePublic(collection.slug)) return collection
  return addHooks(collection, {
    beforeOperation: [noteCollectionDraftSave],
    afterChange: [moveOnCollectionChange],
    afterDelete: [moveOnCollectionDelete],
  })
}

const watchGlobal = (global: GlobalConfig): GlobalConfig =>
  addHooks(global, { beforeOperation: [noteGlobalDraftSave], afterChange: [moveOnGlobalChange] })

/**
 * The content version (see version.ts): moved, after the commit, by every change that may reach a
 * public response (a publish, an unpublish, a change or delete of a published document, any change
 * where there are no drafts; never a draft save), in every collection that may be public and every
 * global. Readers key their caches by `currentContentVersion(payload)`. The version lives in
 * `payload.kv` (config `kv`: Redis when REDIS_URL is set). `onContentVersionMoved` tells the host
 * when this process moved it.
 */
export const contentVersion =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(watchCollection),
    globals: (config.globals ?? []).map(watchGlobal),
    db: watchingCommits(config.db),
    custom: { ...config.custom, contentVersion: contentVersionSlot() },
  })
