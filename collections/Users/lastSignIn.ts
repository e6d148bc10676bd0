import type { CollectionAfterLoginHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/**
 * Records when a user last signed in. Every way in calls it: Payload's password login (the hook
 * below) and any other (single sign-on, a second factor) once it has let the person in. Written
 * with the database adapter: a sign-in is not an edit (no version, no audit entry of a change).
 */
export async function recordSignIn(req: PayloadRequest, userId: number): Promise<void> {
  await req.payload.db.updateOne({
    collection: collectionSlugs.users,
    id: userId,
    data: { lastSignInAt: new Date().toISOString() },
    req,
    returning: false,
  })
}

export const recordPasswordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordSignIn(req, user.id as number)
  return user
}
