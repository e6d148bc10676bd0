import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { DRAFT_HEADER, isDraftRequest } from '@/utilities/draftRequest'

export const isApiClient = (user: PayloadRequest['user'] | null | undefined): boolean =>
  user?.collection === collectionSlugs.apiClients

/**
 * An API client reads drafts only when it asks for them, for a preview: `?draft=true` over REST.
 * Payload 3.90's GraphQL resolvers turn `draft: true` into `draft=false` before access control
 * runs, so GraphQL previews add the `X-Grappes-Draft: true` header as well.
 */
export const wantsDrafts = (req: PayloadRequest): boolean =>
  isDraftRequest(req) || req.headers?.get?.(DRAFT_HEADER) === 'true'
