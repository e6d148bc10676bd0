import type { PayloadRequest } from 'payload'

import { isDraftRequest } from '@/utilities/draftRequest'

/**
 * Whether a change published or unpublished its document. A draft save is neither; a save that
 * sets `_status: 'draft'` outside a draft save is an unpublish (the admin's Unpublish button),
 * even when the stored document seen by the hook is an earlier draft.
 */
export function publishEventOf(args: {
  doc: { _status?: unknown }
  previousDoc?: { _status?: unknown }
  operation: 'create' | 'update'
  req: PayloadRequest
}): 'publish' | 'unpublish' | undefined {
  const { doc, previousDoc, operation, req } = args
  if (!('_status' in doc) || isDraftRequest(req)) return undefined
  if (doc._status === 'published') return 'publish'
  const requested = (req.data as { _status?: unknown } | undefined)?._status
  if (
    operation === 'update' &&
    doc._status === 'draft' &&
    (previousDoc?._status === 'published' || requested === 'draft')
  ) {
    return 'unpublish'
  }
  return undefined
}
