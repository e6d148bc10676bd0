import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

export const isApiClient = (user: PayloadRequest['user'] | null | undefined): boolean =>
  user?.collection === collectionSlugs.apiClients

/** Header a front end sends on GraphQL preview queries (see `wantsDrafts`). */
export const DRAFT_HEADER = 'x-grappes-draft'

/**
 * An API client reads drafts only when it asks for them, for a preview: `?draft=true` over REST.
 * Payload 3.90's GraphQL resolvers turn `draft: true` into `draft=false` before access control
 * runs, so GraphQL previews add the `X-Grappes-Draft: true` header as well.
 */
export const wantsDrafts = (req: PayloadRequest): boolean =>
  isDraftRequest(req) || req.headers?.get?.(DRAFT_HEADER) === 'true'

/** `?draft=true`: a draft read, or a draft save (neither publishes). */
export const isDraftRequest = (req: PayloadRequest): boolean =>
  req.query?.draft === 'true' || req.query?.draft === true
