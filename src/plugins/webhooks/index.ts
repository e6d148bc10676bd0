import type { Config } from 'payload'

import { WebhookDeliveries } from '../../../collections/WebhookDeliveries'
import { Webhooks } from '../../../collections/Webhooks'
import { contentCollections, type ContentCollectionSlug } from '@/constants/slugs'
import { addHooks } from '../shared/addHooks'
import { applyToTargets } from '../shared/targets'
import { deliverWebhookTask } from './deliverWebhook'
import { collectionWebhookHooks, globalWebhookHooks } from './queueDeliveries'

export type WebhooksOptions = {
  /** First retry delay of a failed delivery, doubled on each retry (`WEBHOOK_RETRY_DELAY_MS`). */
  retryDelayMs: number
  /** The collections whose publish, unpublish and delete are sent: the content collections. */
  collections?: readonly ContentCollectionSlug[]
  /** The globals whose publish and unpublish are sent: every global in the config when it runs. */
  globals?: readonly string[]
}

/**
 * Outbound webhooks: registers the `webhooks` and `webhook-deliveries` collections (their schema
 * stays in collections/) and the `deliverWebhook` task, and queues a delivery per subscribed
 * endpoint when a covered document or global is published, unpublished or (documents) deleted.
 * Deliveries are an outbox: written with the change's transaction, sent by the job after commit.
 */
export const webhooks =
  ({ retryDelayMs, collections = contentCollections, globals }: WebhooksOptions) =>
  (config: Config): Config => {
    const covered = applyToTargets(
      config,
      { collections, globals },
      {
        collection: (collection) => addHooks(collection, collectionWebhookHooks),
        global: (global) => addHooks(global, globalWebhookHooks),
      },
    )
    return {
      ...covered,
      collections: [...(covered.collections ?? []), Webhooks, WebhookDeliveries],
      jobs: {
        ...covered.jobs,
        tasks: [...(covered.jobs?.tasks ?? []), deliverWebhookTask(retryDelayMs)],
      },
    }
  }
