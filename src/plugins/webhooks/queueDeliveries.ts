import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { WEBHOOK_TASK, type WebhookEvent } from '@/constants/webhooks'
import { publishEventOf } from '@/hooks/publishEvent'

async function queue(
  req: PayloadRequest,
  event: WebhookEvent,
  collection: string,
  doc: { id: number | string; slug?: unknown },
) {
  const webhooks = await req.payload.find({
    collection: collectionSlugs.webhooks,
    where: { and: [{ active: { equals: true } }, { events: { contains: event } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true, // who is notified does not depend on who publishes
    req,
  })
  for (const webhook of webhooks.docs) {
    const body = {
      event,
      collection,
      id: doc.id,
      slug: typeof doc.slug === 'string' ? doc.slug : undefined,
      occurredAt: new Date().toISOString(),
    }
    const delivery = await req.payload.create({
      collection: collectionSlugs.webhookDeliveries,
      data: {
        webhook: webhook.id,
        event,
        body,
        summary: `${event} ${collection} ${doc.id} → ${webhook.name}`,
      },
      overrideAccess: true, // the delivery history is written by the system
      depth: 0, // only its id is used: populating its webhook would cost a query
      req,
      context: { audit: false },
    })
    await req.payload.jobs.queue({ task: WEBHOOK_TASK, input: { delivery: delivery.id }, req })
  }
}

/** On publish and unpublish of a document, queue a signed delivery to each subscribed webhook. */
export const queueChangeDeliveries: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.seeding) return doc
  const event = publishEventOf({ doc, previousDoc, operation, req })
  if (event) await queue(req, event, collection.slug, doc)
  return doc
}

export const queueDeleteDeliveries: CollectionAfterDeleteHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (!context.seeding) await queue(req, 'delete', collection.slug, doc)
  return doc
}
