import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { restrictLocks } from './locks/restrictLocks'
import { refuseCollectionPublish } from './refuseCollectionPublish'
import { refuseGlobalPublish } from './refuseGlobalPublish'

const withCollectionRule = (collection: CollectionConfig): CollectionConfig =>
  typeof collection.versions === 'object' && collection.versions.drafts
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [refuseCollectionPublish, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }
    : collection

const withGlobalRule = (global: GlobalConfig): GlobalConfig =>
  typeof global.versions === 'object' && global.versions.drafts
    ? {
        ...global,
        hooks: {
          ...global.hooks,
          beforeOperation: [refuseGlobalPublish, ...(global.hooks?.beforeOperation ?? [])],
        },
      }
    : global

/**
 * One rule for publishing, below every door: whoever may not publish (not an editor) only ever
 * writes drafts, and may lock only the documents it may edit.
 */
export const publishingRule = (config: Config): Config =>
  restrictLocks({
    ...config,
    collections: config.collections?.map(withCollectionRule),
    globals: config.globals?.map(withGlobalRule),
  })
