import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { addHooks } from '../shared/addHooks'
import { refuseCollectionPublish } from './refuseCollectionPublish'
import { refuseGlobalPublish } from './refuseGlobalPublish'

const withCollectionRule = (collection: CollectionConfig): CollectionConfig =>
  typeof collection.versions === 'object' && collection.versions.drafts
    ? addHooks(collection, { beforeOperation: [refuseCollectionPublish] }, { first: true })
    : collection

const withGlobalRule = (global: GlobalConfig): GlobalConfig =>
  typeof global.versions === 'object' && global.versions.drafts
    ? addHooks(global, { beforeOperation: [refuseGlobalPublish] }, { first: true })
    : global

/**
 * One rule for publishing, below every door: whoever may not publish (not an editor) only ever
 * writes drafts, and may lock only the documents it may edit (`restrictLocks`, applied to the
 * sanitized config in src/payload.config.ts: Payload adds the locks collection after plugins).
 */
export const publishingRule = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withCollectionRule),
  globals: config.globals?.map(withGlobalRule),
})

export { restrictLocks } from './locks/restrictLocks'
