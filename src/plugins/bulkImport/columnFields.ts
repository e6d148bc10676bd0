import type { CollectionSlug, Payload } from 'payload'

import type { ImportableSlug } from './tables'
import { tables } from './tables'

/** What a column holds, read from the collection's own field. */
export type ColumnField =
  | { name: string; kind: 'id' }
  | { name: string; kind: 'text' | 'number'; localized: boolean; required: boolean }
  | { name: string; kind: 'select'; localized: boolean; required: boolean; options: string[] }
  | {
      name: string
      kind: 'relation'
      localized: boolean
      required: boolean
      relationTo: CollectionSlug
      hasMany: boolean
    }

/** The columns of a collection's table, each with its field; a column the config lacks is a bug. */
export function columnFields(payload: Payload, collection: ImportableSlug): ColumnField[] {
  const fields = payload.collections[collection].config.flattenedFields
  return tables[collection].columns.map((name): ColumnField => {
    if (name === 'id') return { name, kind: 'id' }
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
    const base = {
      name,
      localized: Boolean(field && 'localized' in field && field.localized),
      required: Boolean(field && 'required' in field && field.required),
    }
    switch (field?.type) {
      case 'text':
      case 'textarea':
        return { ...base, kind: 'text' }
      case 'number':
        return { ...base, kind: 'number' }
      case 'select':
        return {
          ...base,
          kind: 'select',
          options: field.options.map((option) =>
            typeof option === 'string' ? option : option.value,
          ),
        }
      case 'relationship':
        if (typeof field.relationTo === 'string')
          return {
            ...base,
            kind: 'relation',
            relationTo: field.relationTo,
            hasMany: Boolean(field.hasMany),
          }
    }
    throw new Error(`bulkImport: ${collection}.${name} is not a column it knows how to read`)
  })
}
