import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  DataFromCollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { collectionSlugs, type ContentCollectionSlug } from '@/constants/slugs'
import { WEBHOOK_TASK, type WebhookEvent } from '@/constants/webhooks'
import { publishEventOnce } from '../shared/publishEventOnce'
import { unaudited } from '@/plugins/auditTrail/unaudited'

/** A document of a collection that sends webhooks. */
type ContentDocument = DataFromCollectionSlug<ContentCollectionSlug>

/**
 * The JSON body of a delivery (documented in the README, "Webhooks"): a document's event names
 * its collection, id and slug (if it has one); a global's, which has no id, names the global.
 */
export type WebhookBody =
  | { event: WebhookEvent; collection: string; id: number; slug?: string; occurredAt: string }
  | { event: WebhookEvent; global: string; occurredAt: string }

/**
 * Records one delivery per subscribed webhook and queues its job, inside the change's transaction
 * (`req`): the deliveries exist only if the change does, and the job sends them after the commit.
 */
async function queue(req: PayloadRequest, event: WebhookEvent, subject: string, body: WebhookBody) {
  const webhooks = await req.payload.find({
    collection: collectionSlugs.webhooks,
    where: { and: [{ active: { equals: true } }, { events: { contains: event } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true, // who is notified does not depend on who publishes
    req,
  })
  for (const webhook of webhooks.docs) {
    const delivery = await req.payload.create({
      collection: collectionSlugs.webhookDeliveries,
      data: { webhook: webhook.id, event, body, summary: `${event} ${subject} → ${webhook.name}` },
      overrideAccess: true, // the delivery history is written by the system
      depth: 0, // only its id is used: populating its webhook would cost a query
      ...unaudited(req),
    })
    await req.payload.jobs.queue({ task: WEBHOOK_TASK, input: { delivery: delivery.id }, req })
  }
}

function documentBody(event: WebhookEvent, collection: string, doc: ContentDocument): WebhookBody {
  return {
    event,
    collection,
    id: doc.id,
    slug: 'slug' in doc && typeof doc.slug === 'string' ? doc.slug : undefined,
    occurredAt: new Date().toISOString(),
  }
}

/** On publish and unpublish of a document, queue a signed delivery to each subscribed webhook. */
const queueChangeDeliveries: CollectionAfterChangeHook<ContentDocument> = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.seeding) return doc
  const event = publishEventOnce({ doc, previousDoc, operation, req })
  if (event)
    await queue(
      req,
      event,
      `${collection.slug} ${doc.id}`,
      documentBody(event, collection.slug, doc),
    )
  return doc
}

const queueDeleteDeliveries: CollectionAfterDeleteHook<ContentDocument> = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (!context.seeding)
    await queue(
      req,
      'delete',
      `${collection.slug} ${doc.id}`,
      documentBody('delete', collection.slug, doc),
    )
  return doc
}

/** On publish and unpublish of a global (its draft saves send nothing), the same, naming the global. */
const queueGlobalDeliveries: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  global,
  context,
}) => {
  if (context.seeding) return doc
  const event = publishEventOnce({ doc, previousDoc, operation: 'update', req })
  if (event) {
    const body = { event, global: global.slug, occurredAt: new Date().toISOString() }
    await queue(req, event, global.slug, body)
  }
  return doc
}

export const collectionWebhookHooks = {
  afterChange: [queueChangeDeliveries],
  afterDelete: [queueDeleteDeliveries],
}

export const globalWebhookHooks = { afterChange: [queueGlobalDeliveries] }
