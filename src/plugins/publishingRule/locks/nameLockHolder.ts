import type { CollectionAfterReadHook } from 'payload'

type Holder = { id?: unknown; name?: unknown; email?: unknown }

/**
 * Payload's lock dialog and the list's lock icon name the holder by `email` ("… is currently
 * editing"), not by the users' title; editors may not read each other's e-mail (only the name),
 * so the lock's copy of its holder carries the name there. Only this copy: the user is unchanged.
 */
export const nameLockHolder: CollectionAfterReadHook = ({ doc }) => {
  const holder = (doc as { user?: { value?: unknown } }).user?.value as Holder | undefined
  if (holder && typeof holder === 'object' && typeof holder.name === 'string' && holder.name)
    holder.email = holder.name
  return doc
}
