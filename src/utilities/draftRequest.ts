import type { PayloadRequest } from 'payload'

/**
 * How a request asks for drafts. Read by access control, hooks and the HTTP host alike, so it
 * lives here rather than in any one of them.
 */

/** Header a front end sends on GraphQL preview queries (see `wantsDrafts` in src/access/isApiClient.ts). */
export const DRAFT_HEADER = 'x-grappes-draft'

/** `?draft=true`: a draft read, or a draft save (neither publishes). */
export const isDraftRequest = (req: PayloadRequest): boolean =>
  req.query?.draft === 'true' || req.query?.draft === true
