import type { CollectionConfig } from 'payload'

import { requireDocumentData } from './requireDocumentData'

/** Adds the hooks every collection shares, ahead of the collection's own. */
export function withSharedHooks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [requireDocumentData, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }))
}
