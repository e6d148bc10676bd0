import type { CollectionConfig } from 'payload'

import { contentCollections } from '@/constants/slugs'
import { queueChangeDeliveries, queueDeleteDeliveries } from './queueDeliveries'

/** Content collections notify the registered webhooks of their publications and deletions. */
export function withWebhooks(collection: CollectionConfig): CollectionConfig {
  if (!(contentCollections as readonly string[]).includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), queueChangeDeliveries],
      afterDelete: [...(hooks.afterDelete ?? []), queueDeleteDeliveries],
    },
  }
}
