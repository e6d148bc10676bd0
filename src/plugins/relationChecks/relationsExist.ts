import type {
  CollectionSlug,
  Field,
  PayloadRequest,
  RelationshipField,
  UploadField,
  Validate,
} from 'payload'
import { relationship, upload } from 'payload/shared'

import { translate } from '@/i18n/messages'

type RelationValue =
  number | string | { relationTo?: string; value?: unknown; id?: unknown } | null | undefined

const idOf = (value: RelationValue): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object') return value
  const inner = 'value' in value ? value.value : value.id
  return typeof inner === 'number' || typeof inner === 'string'
    ? inner
    : idOf(inner as RelationValue)
}

/** The ids a relation value names that no document of `collection` has. */
async function missingIds(
  req: PayloadRequest,
  collection: CollectionSlug,
  value: unknown,
): Promise<Array<number | string>> {
  const values = (Array.isArray(value) ? value : [value]) as RelationValue[]
  const ids = [...new Set(values.map(idOf).filter((id) => id !== undefined))]
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    draft: true,
    overrideAccess: true, // existence only; who may link to what is the collection's own access
    req,
  })
  const present = new Set(found.docs.map((doc: { id: number | string }) => String(doc.id)))
  return ids.filter((id) => !present.has(String(id)))
}

/**
 * The ids a relation value names that the stored document did not already hold. Those it held
 * existed when stored, and the foreign keys keep them existing (a delete empties the relation), so
 * only new ids cost a query: a save that leaves its relations alone, the common case, makes none.
 */
function newIds(value: unknown, previousValue: unknown): unknown[] {
  const previous = new Set(
    (Array.isArray(previousValue) ? previousValue : [previousValue])
      .map((item) => idOf(item as RelationValue))
      .filter((id) => id !== undefined)
      .map(String),
  )
  return (Array.isArray(value) ? value : [value]).filter(
    (item) => !previous.has(String(idOf(item as RelationValue))),
  )
}

/**
 * `base` (the field's own validation, or Payload's), then the existence of every id it newly
 * names. Payload checks a relation id's type but not that it exists; the database would then fail
 * with a 500.
 */
function existing<V, F extends RelationshipField | UploadField>(
  base: Validate<V, unknown, unknown, F>,
  collection: CollectionSlug,
): Validate<V, unknown, unknown, F> {
  return async (value, options) => {
    const result = await base(value, options)
    if (result !== true) return result
    const missing = await missingIds(options.req, collection, newIds(value, options.previousValue))
    return (
      missing.length === 0 ||
      translate(options.req, 'relationMissing', { collection, ids: missing.join(', ') })
    )
  }
}

function withExistenceCheck(field: Field): Field {
  if (field.type !== 'upload' && field.type !== 'relationship') return field
  if (typeof field.relationTo !== 'string') return field
  const to = field.relationTo
  // One branch per field shape: each keeps its own validation's type (one id, or a list).
  if (field.type === 'upload') {
    return field.hasMany
      ? { ...field, validate: existing(field.validate ?? upload, to) }
      : { ...field, validate: existing(field.validate ?? upload, to) }
  }
  return field.hasMany
    ? { ...field, validate: existing(field.validate ?? relationship, to) }
    : { ...field, validate: existing(field.validate ?? relationship, to) }
}

/** The fields, at any depth, with every relation and upload to one collection refusing ids that do not exist (a 400). */
export function checkRelationsExist(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: checkRelationsExist(field.fields) } as Field
    if (field.type === 'tabs') {
      const tabs = field.tabs.map((tab) => ({ ...tab, fields: checkRelationsExist(tab.fields) }))
      return { ...field, tabs }
    }
    if (field.type === 'blocks' && field.blocks) {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          fields: checkRelationsExist(block.fields),
        })),
      }
    }
    return withExistenceCheck(field)
  })
}
