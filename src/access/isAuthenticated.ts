import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/** A signed-in person (not an API client); boolean-only so it also fits the `admin` access key. */
export const isAuthenticated = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  user?.collection === collectionSlugs.users
