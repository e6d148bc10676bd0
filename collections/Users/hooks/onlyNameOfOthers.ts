import type { CollectionAfterReadHook } from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import type { User } from '@/payload-types'

/**
 * Field access already hides every other field of another user; Payload still adds its own keys
 * (`collection`, an empty `sessions`). Another user reads as `{ id, name }`, exactly; the system
 * (`overrideAccess`, e.g. who to e-mail) reads everything.
 */
export const onlyNameOfOthers: CollectionAfterReadHook<User> = ({ doc, overrideAccess, req }) => {
  const reader = req.user
  if (overrideAccess || !reader || isAdminUser(reader)) return doc
  if (reader.collection === 'users' && String(reader.id) === String(doc.id)) return doc
  return { id: doc.id, name: doc.name } as User
}
