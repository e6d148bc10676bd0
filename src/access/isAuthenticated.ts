import type { PayloadRequest } from 'payload'

/** Any signed-in user; boolean-only so it also fits the `admin` access key. */
export const isAuthenticated = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  Boolean(user)
