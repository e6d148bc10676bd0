import type { CollectionSlug, Payload } from 'payload'

export type SlugIndex = { idOf: Map<string, number>; slugOf: Map<number, string> }

/**
 * The id and slug of every document of a collection (latest versions, drafts included). Read with
 * `overrideAccess` and nothing but the slug: to name in a file the documents that a row the reader
 * may see already points to, and to know whether a row's slug exists before access decides
 * whether the reader may change that document.
 */
export async function slugIndex(payload: Payload, collection: CollectionSlug): Promise<SlugIndex> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
  })
  const idOf = new Map<string, number>()
  const slugOf = new Map<number, string>()
  for (const doc of docs as { id: number; slug?: string | null }[]) {
    if (!doc.slug) continue
    idOf.set(doc.slug, doc.id)
    slugOf.set(doc.id, doc.slug)
  }
  return { idOf, slugOf }
}

/** One index per related collection, read once however many columns point to it. */
export function slugIndexes(payload: Payload) {
  const read = new Map<string, Promise<SlugIndex>>()
  return (collection: CollectionSlug): Promise<SlugIndex> => {
    if (!read.has(collection)) read.set(collection, slugIndex(payload, collection))
    return read.get(collection)!
  }
}
