import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

export const isApiClient = (user: PayloadRequest['user'] | null | undefined): boolean =>
  user?.collection === collectionSlugs.apiClients

/** An API client reads drafts only when it asks for them, for a preview. */
export const wantsDrafts = (req: PayloadRequest): boolean => {
  const draft = req.query?.draft
  return draft === 'true' || draft === true
}
