import type { CollectionSlug, Payload, TypedUser } from 'payload'

/**
 * The latest draft of a document as `user` may read it, or null when it does not exist or they may
 * not read it: what a preview opens and what the review box acts on.
 */
export function readDraftAs(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  user: TypedUser,
) {
  return payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
}
