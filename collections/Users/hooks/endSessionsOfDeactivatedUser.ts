import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Off-boarding: a deactivated user's tokens must stop working on their next request, not when they
 * expire. Payload checks each token's session id against `sessions`, so emptying it ends them all.
 * Written with the database adapter, as Payload's own logout does: the field is not writable
 * through operations.
 */
export const endSessionsOfDeactivatedUser: CollectionAfterChangeHook<User> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc.active !== false) return doc
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { sessions: [] },
    req,
    returning: false,
  })
  return doc
}
