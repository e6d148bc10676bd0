import type { FlattenedField, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

type MediaPath = { collection: string; path: string }

/** Upload fields that hold media, as query paths (`heroImage`, `seo.image`, `items.photo`). */
function mediaPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if (field.type === 'upload')
      return field.relationTo === collectionSlugs.media && !field.hasMany ? [path] : []
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      return mediaPaths(field.flattenedFields, `${path}.`)
    return []
  })
}

/** The values found at a dotted path of a document, through groups and array rows. */
function valuesAt(value: unknown, parts: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, parts))
  if (parts.length === 0) return [value]
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[parts[0]], parts.slice(1))
}

const idOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

/**
 * Which of `ids` a published document shows (through an upload field of any collection with
 * drafts). A draft save leaves the published document as it was, so the published documents are
 * exactly what the site shows. Media in rich text is not counted: only editors place it there.
 */
export async function mediaInPublishedUse(req: PayloadRequest, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return []
  const paths: MediaPath[] = req.payload.config.collections
    .filter((collection) => collection.versions?.drafts)
    .flatMap((collection) =>
      mediaPaths(collection.flattenedFields).map((path) => ({ collection: collection.slug, path })),
    )
  const used = new Set<number>()
  for (const { collection, path } of paths) {
    const { docs } = await req.payload.find({
      collection: collection as typeof collectionSlugs.clusters,
      where: { and: [{ _status: { equals: 'published' } }, { [path]: { in: ids } }] },
      select: { [path.split('.')[0]]: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // the check itself: which published documents show these files
      req,
    })
    for (const doc of docs)
      for (const value of valuesAt(doc, path.split('.'))) {
        const id = idOf(value)
        if (id !== undefined && ids.includes(id)) used.add(id)
      }
  }
  return [...used]
}
