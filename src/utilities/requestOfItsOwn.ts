import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * `req` for a Local API call that sets some of its properties (a read in another locale sets
 * `req.locale`; `context` is merged into `req.context`): a request that shares everything else
 * with `req`, its transaction included, and keeps those properties to itself. Payload runs the
 * documents of a bulk change concurrently on one request, so a property changed on the shared
 * request reaches the other documents' saves (one of them wrote English text into French).
 */
export const requestOfItsOwn = (
  req: PayloadRequest,
  properties: ReadonlyArray<keyof PayloadRequest>,
): PayloadRequest => isolateObjectProperty(req, [...properties])
