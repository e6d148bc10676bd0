import type { CollectionSlug, RelationshipFieldManyValidation } from 'payload'
import { relationship } from 'payload/shared'

import { translate } from '@/i18n/messages'

type Item = { relationTo?: unknown; value?: unknown }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Payload's own check of the items, then that each names a document that exists (a draft counts):
 * a 400 naming `items` rather than the database's foreign-key error, a 500. The project's relation
 * checks (src/plugins/relationChecks) cover relations to one collection only.
 */
export const itemsExist: RelationshipFieldManyValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const byCollection = new Map<string, Set<string>>()
  for (const item of (value ?? []) as Item[]) {
    if (typeof item?.relationTo !== 'string') continue
    const ids = byCollection.get(item.relationTo) ?? new Set<string>()
    ids.add(String(idOf(item.value)))
    byCollection.set(item.relationTo, ids)
  }
  for (const [collection, ids] of byCollection) {
    const found = await options.req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: ids.size,
      pagination: false,
      draft: true,
      overrideAccess: true, // existence only; who may publish them is checked when publishing
      req: options.req,
    })
    const present = new Set(found.docs.map((doc) => String(doc.id)))
    const missing = [...ids].filter((id) => !present.has(id))
    if (missing.length > 0)
      return translate(options.req, 'relationMissing', { collection, ids: missing.join(', ') })
  }
  return true
}
