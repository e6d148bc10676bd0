import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/**
 * Ends every session of a user: each token and cookie already issued fails on its next request
 * (Payload checks the token's session id against `sessions`), not when it expires. Written with
 * the database adapter, as Payload's own logout does: the field is not writable through operations.
 */
export async function endAllSessions(req: PayloadRequest, userId: number): Promise<void> {
  await req.payload.db.updateOne({
    collection: collectionSlugs.users,
    id: userId,
    data: { sessions: [] },
    req,
    returning: false,
  })
}
