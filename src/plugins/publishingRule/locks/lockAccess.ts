import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { lockTarget } from './lockTarget'
import { mayUpdateTarget } from './mayUpdateTarget'
import { updatableLocks } from './updatableLocks'

export const LOCKS = 'payload-locked-documents'

/** Only people hold locks (never API clients), and only in their own name. */
const holdsInOwnName = (req: PayloadRequest, data: unknown): boolean => {
  if (req.user?.collection !== collectionSlugs.users) return false
  const holder = (data as { user?: { relationTo?: string; value?: unknown } } | undefined)?.user
  if (!holder) return true
  const value =
    typeof holder.value === 'object' ? (holder.value as { id?: unknown })?.id : holder.value
  return holder.relationTo === collectionSlugs.users && String(value) === String(req.user.id)
}

const create: Access = async ({ req, data }) =>
  holdsInOwnName(req, data) && mayUpdateTarget(req, lockTarget(data))

/** Taking a lock over writes the lock's holder: allowed to those who may edit the document. */
const update: Access = async ({ req, id, data }) => {
  if (id === undefined || !holdsInOwnName(req, data)) return false
  const lock = await req.payload
    .findByID({ collection: LOCKS, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null) // a malformed id is a refusal, not a server error
  return mayUpdateTarget(req, lockTarget(lock))
}

/** Reading and releasing: the locks on documents the user may edit. */
const readOrDelete: Access = async ({ req }) =>
  req.user?.collection === collectionSlugs.users ? updatableLocks(req) : false

export const lockAccess: NonNullable<CollectionConfig['access']> = {
  create,
  read: readOrDelete,
  update,
  delete: readOrDelete,
}
