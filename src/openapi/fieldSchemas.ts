import type { Block, Field, FlattenedBlock, SanitizedConfig } from 'payload'

import { blockSchemaName, documentIdName } from './components'
import { fieldsSchemaName } from './names'
import { nullable, ref, type ObjectShape, type Schema } from './types'

/** What a field's schema depends on beyond the field: the config and the documented collections. */
export type FieldContext = {
  config: SanitizedConfig
  /** Collections with a schema of their own; a relation to another collection is an id or an object. */
  documented: ReadonlySet<string>
  /** Every block met, by slug: each becomes a component schema. */
  blocks: Map<string, Block | FlattenedBlock>
}

const LOCALIZED =
  'Localized: the value in the `locale` asked for (with `locale=all`, an object keyed by locale).'
const RESTRICTED = 'Only in answers to the people allowed to read it.'

/** A document as a relation holds it: its id (depth 0) or the document itself (depth ≥ 1). */
function relatedDocument(context: FieldContext, slug: string): Schema {
  const populated = context.documented.has(slug)
    ? { allOf: [ref(fieldsSchemaName(slug))], type: 'object', required: ['id'] }
    : { type: 'object', required: ['id'], properties: { id: ref(documentIdName) } }
  return { anyOf: [ref(documentIdName), populated] }
}

/** The value of a relationship or upload field: one target, or `{ relationTo, value }` for several. */
function relationValue(context: FieldContext, relationTo: string | string[]): Schema {
  if (typeof relationTo === 'string') return relatedDocument(context, relationTo)
  return {
    type: 'object',
    required: ['relationTo', 'value'],
    properties: {
      relationTo: { type: 'string', enum: [...relationTo] },
      value: { anyOf: relationTo.map((slug) => relatedDocument(context, slug)) },
    },
  }
}

function many(field: { hasMany?: boolean }, item: Schema): Schema {
  return field.hasMany ? { type: 'array', items: item } : item
}

function optionValues(options: ReadonlyArray<string | { value: string }>): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** The block a `blocks` field may hold under `slug`, wherever it was declared. */
function blockOf(context: FieldContext, slug: string): Block | FlattenedBlock {
  const block = context.config.blocks?.find((candidate) => candidate.slug === slug)
  if (!block) throw new Error(`The block "${slug}" is not in the config`)
  return block
}

/** The schema of one named data field; `undefined` for fields that never reach an answer. */
function valueSchema(context: FieldContext, field: Field): Schema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return many(field as { hasMany?: boolean }, { type: 'string' })
    case 'email':
      return { type: 'string', format: 'email' }
    case 'number':
      return many(field, { type: 'number' })
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio': {
      const options = { type: 'string', enum: optionValues(field.options) }
      return field.type === 'select' ? many(field, options) : options
    }
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
    case 'json':
      return {}
    case 'richText':
      return {
        type: 'object',
        description: 'Rich text: the Lexical editor state (`root` and its children).',
        required: ['root'],
        properties: { root: { type: 'object' } },
      }
    case 'relationship':
    case 'upload':
      return many(field, relationValue(context, field.relationTo))
    case 'join':
      return {
        type: 'object',
        description: `The ${[field.collection].flat().join(', ')} that point here (see the \`joins\` parameter).`,
        properties: {
          docs: { type: 'array', items: relationValue(context, field.collection) },
          hasNextPage: { type: 'boolean' },
          totalDocs: { type: 'integer' },
        },
      }
    case 'array':
      return { type: 'array', items: objectSchema(fieldShape(context, field.fields)) }
    case 'group':
      return objectSchema(fieldShape(context, field.fields))
    case 'blocks': {
      const slugs = [
        ...(field.blockReferences ?? field.blocks).map((block) =>
          typeof block === 'string' ? block : block.slug,
        ),
      ]
      for (const slug of slugs) {
        const declared = field.blocks.find((block) => block.slug === slug)
        context.blocks.set(slug, declared ?? blockOf(context, slug))
      }
      return { type: 'array', items: { oneOf: slugs.map((slug) => ref(blockSchemaName(slug))) } }
    }
    default:
      return undefined
  }
}

export function objectSchema({ properties, required }: ObjectShape): Schema {
  return { type: 'object', properties, ...(required.length ? { required } : {}) }
}

/**
 * The properties of the documents `fields` describe, as Payload's REST API answers them: rows,
 * collapsibles, unnamed groups and unnamed tabs add their fields to their parent; hidden and UI
 * fields never appear. A field nobody may leave empty is a required key, unless field-level
 * access may take it out of an answer.
 */
export function fieldShape(context: FieldContext, fields: readonly Field[]): ObjectShape {
  const shape: ObjectShape = { properties: {}, required: [] }
  const add = (inner: ObjectShape) => {
    Object.assign(shape.properties, inner.properties)
    shape.required.push(...inner.required)
  }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          shape.properties[tab.name] = objectSchema(fieldShape(context, tab.fields))
        } else add(fieldShape(context, tab.fields))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) add(fieldShape(context, field.fields))
      continue
    }
    if ('hidden' in field && field.hidden) continue
    const schema = valueSchema(context, field)
    if (!schema) continue
    const restricted = 'access' in field && Boolean(field.access?.read)
    const isRequired = 'required' in field && field.required === true && !restricted
    const notes = [
      'localized' in field && field.localized ? LOCALIZED : '',
      restricted ? RESTRICTED : '',
    ].filter(Boolean)
    let property = isRequired ? schema : nullable(schema)
    if (property.description) notes.unshift(property.description as string)
    if (notes.length) property = { ...property, description: notes.join(' ') }
    if ('localized' in field && field.localized) property = { ...property, 'x-localized': true }
    shape.properties[field.name] = property
    if (isRequired) shape.required.push(field.name)
  }
  return shape
}
