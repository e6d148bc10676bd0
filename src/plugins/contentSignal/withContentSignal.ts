import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { announceChange, announceDelete } from './announceContentChange'

/** Collections whose documents never reach a public response. */
const NEVER_PUBLIC = new Set<string>([
  collectionSlugs.auditLog,
  collectionSlugs.webhooks,
  collectionSlugs.webhookDeliveries,
])

/** Adds the hooks that invalidate cached responses when a collection's documents change. */
export function withContentSignal(collection: CollectionConfig): CollectionConfig {
  if (NEVER_PUBLIC.has(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), announceChange],
      afterDelete: [...(hooks.afterDelete ?? []), announceDelete],
    },
  }
}
