import type { CollectionSlug, GlobalSlug } from 'payload'

/** What a lock holds: a document of a collection, or a global. */
export type LockTarget =
  { collection: CollectionSlug; id: number } | { global: GlobalSlug } | undefined

type LockData = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
}

/** Every collection here has integer ids; a populated relationship carries the document. */
const idOf = (value: unknown): number | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  const id = Number(value)
  return Number.isSafeInteger(id) ? id : undefined
}

/** Reads the target from a lock's data (`document` is Payload's polymorphic relationship). */
export function lockTarget(data: unknown): LockTarget {
  const lock = (data ?? {}) as LockData
  if (lock.globalSlug) return { global: lock.globalSlug as GlobalSlug }
  const id = idOf(lock.document?.value)
  if (lock.document?.relationTo && id !== undefined)
    return { collection: lock.document.relationTo as CollectionSlug, id }
  return undefined
}
