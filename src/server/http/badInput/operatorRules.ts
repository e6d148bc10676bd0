import type { FlattenedField } from 'payload'

/** What a `where` condition may compare a field with, by the kind of value the database holds. */
export type ValueKind = 'text' | 'number' | 'date' | 'boolean' | 'id' | 'option' | 'any'

export type FieldRule = { operators: ReadonlySet<string>; kind: ValueKind }

const BASE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERED = [...BASE, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXTUAL = [...ORDERED, 'like', 'not_like', 'contains']
const GEO = ['near', 'within', 'intersects']

const rule = (operators: string[], kind: ValueKind, hasMany = false): FieldRule => ({
  operators: new Set(hasMany ? [...operators, 'all'] : operators),
  kind,
})

/** `id` in a `where` or a relation's id: the collection's id type decides the value kind. */
export const idRule = (idType: 'number' | 'text'): FieldRule =>
  rule(idType === 'number' ? ORDERED : TEXTUAL, idType === 'number' ? 'id' : 'text')

/**
 * The operators each field type supports in every adapter (SQLite, PostgreSQL, MongoDB). Geo
 * operators belong to `point` fields only; `all` to fields holding many values; `like` to text.
 */
export function ruleFor(field: FlattenedField, relationIdType: 'number' | 'text'): FieldRule {
  const hasMany = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return rule(TEXTUAL, 'text', hasMany)
    case 'number':
      return rule(ORDERED, 'number', hasMany)
    case 'date':
      return rule(ORDERED, 'date')
    case 'checkbox':
      return rule(BASE, 'boolean')
    case 'select':
    case 'radio':
      return rule(BASE, 'option', hasMany)
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string'
        ? rule(BASE, relationIdType === 'number' ? 'id' : 'text', hasMany)
        : rule(BASE, 'any', hasMany)
    case 'point':
      return rule([...BASE, ...GEO], 'any')
    case 'json':
    case 'richText':
      return rule([...BASE, 'like', 'not_like', 'contains'], 'any')
    default:
      // arrays, blocks, groups, tabs, joins: only whether they hold something
      return rule(['exists'], 'boolean')
  }
}
