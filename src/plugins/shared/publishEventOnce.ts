import type { PayloadRequest } from 'payload'

import { publishEventOf } from '@/hooks/publishEvent'

export type PublishEvent = NonNullable<ReturnType<typeof publishEventOf>>

type SaveArgs = {
  doc: object
  previousDoc?: object
  operation: 'create' | 'update'
  req: PayloadRequest
}

/** Only a document's `_status` decides its event; documents without drafts have none. */
const statusOf = (doc: object | undefined) =>
  doc && '_status' in doc ? { _status: doc._status } : {}

/**
 * Whether this save published or unpublished its document (or global), worked out by the first
 * hook that asks (the audit trail, the webhooks, …) and kept on `req.context` for the others.
 * The key is the saved document object itself, which Payload hands to every afterChange hook of
 * the save: a later save of the same document in the same request gets a new object, so it
 * never reads an earlier save's answer.
 */
export function publishEventOnce({ doc, previousDoc, operation, req }: SaveArgs) {
  const known = (req.context.publishEvents ??= new WeakMap())
  if (known.has(doc)) return known.get(doc) ?? undefined
  const event = publishEventOf({
    doc: statusOf(doc),
    previousDoc: statusOf(previousDoc),
    operation,
    req,
  })
  known.set(doc, event ?? null)
  return event
}
