import type { PayloadRequest, RequestContext } from 'payload'

import { requestOfItsOwn } from '@/utilities/requestOfItsOwn'

/**
 * The Local API arguments of a write that the audit trail does not record (an entry itself, a
 * webhook delivery), made inside `req`'s transaction. Payload merges a call's `context` into
 * `req.context`, which every later write of the request reads: `audit: false` given with `req`
 * itself left the rest of a bulk change unaudited.
 */
export const unaudited = (
  req: PayloadRequest,
): { req: PayloadRequest; context: RequestContext } => ({
  req: requestOfItsOwn(req, ['context']),
  context: { audit: false },
})
