import type { FlattenedBlock, FlattenedField, PayloadRequest } from 'payload'

import { translate, type MessageKey } from '@/i18n/messages'
import { isLexicalDocument } from './lexicalShape'

/** Rows allowed in a list that declares no `maxRows` of its own (Payload's internal arrays). */
export const DEFAULT_MAX_ROWS = 1_000
/** A body this wrong is not worth reading further: the first problems say enough. */
const MAX_PROBLEMS = 20

export type ShapeProblem = { path: string; message: string }

type Walk = {
  req: PayloadRequest
  /** `?locale=all`: localized values arrive as `{ en: …, fr: … }`. */
  allLocales: boolean
  /** Payload checks options itself on saves it validates; drafts and `_status` it does not. */
  checkOptions: boolean
  problems: ShapeProblem[]
}

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length > 0)

function report(walk: Walk, path: string, key: MessageKey, vars?: Record<string, unknown>) {
  walk.problems.push({ path, message: translate(walk.req, key, vars) })
}

function optionValues(field: FlattenedField): string[] | undefined {
  if (field.type !== 'select' && field.type !== 'radio') return undefined
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

function isRelationValue(field: FlattenedField, value: unknown): boolean {
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  if (Array.isArray(field.relationTo)) {
    const targets: string[] = field.relationTo
    return (
      isObject(value) && targets.includes(String(value.relationTo)) && isRelationId(value.value)
    )
  }
  return isRelationId(value)
}

/** An id, or a populated document (the admin and the Local API send those back). */
const isRelationId = (value: unknown) => isId(value) || (isObject(value) && isId(value.id))

const isDate = (value: unknown) =>
  (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || value instanceof Date

const isPoint = (value: unknown) =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((coordinate) => typeof coordinate === 'number' && Number.isFinite(coordinate))

/** The many values of a `hasMany` field, or the one value of another. */
function eachValue(
  field: FlattenedField,
  value: unknown,
  path: string,
  walk: Walk,
  check: (one: unknown) => boolean,
  key: MessageKey,
) {
  const many = 'hasMany' in field && field.hasMany === true
  if (many && !Array.isArray(value)) return report(walk, path, key)
  const values = many ? (value as unknown[]) : [value]
  if (many && !withinRows(field, values, path, walk)) return
  const wrong = values.find((one) => one !== null && !check(one))
  if (wrong !== undefined) report(walk, path, key, { value: JSON.stringify(wrong) })
}

function withinRows(field: FlattenedField, rows: unknown[], path: string, walk: Walk): boolean {
  const declared = 'maxRows' in field ? field.maxRows : undefined
  const max = typeof declared === 'number' ? declared : DEFAULT_MAX_ROWS
  if (rows.length <= max) return true
  report(walk, path, 'tooManyRows', { count: max, length: rows.length })
  return false
}

const isRowCount = (value: unknown) => value === 0

function checkRows(field: FlattenedField, value: unknown, path: string, walk: Walk) {
  if (field.type !== 'array' && field.type !== 'blocks') return
  // The admin's form sends a list it holds no rows of as its row count (`0`), as Payload expects.
  if (isRowCount(value)) return
  if (!Array.isArray(value)) return report(walk, path, 'expectedRows')
  if (!withinRows(field, value, path, walk)) return
  value.forEach((row, index) => {
    const rowPath = `${path}.${index}`
    if (!isObject(row)) return report(walk, rowPath, 'expectedRow')
    if (field.type === 'array') return checkFields(field.flattenedFields, row, rowPath, walk)
    const blocks = [...(field.blocks ?? []), ...(field.blockReferences ?? [])].map((block) =>
      typeof block === 'string'
        ? (walk.req.payload.blocks as Record<string, FlattenedBlock | undefined>)[block]
        : block,
    )
    const block = blocks.find((candidate) => candidate?.slug === row.blockType)
    if (!block) return report(walk, rowPath, 'unknownBlock', { blockType: String(row.blockType) })
    checkFields(block.flattenedFields, row, rowPath, walk)
  })
}

/** One value of one field (for one locale). */
function checkValue(field: FlattenedField, value: unknown, path: string, walk: Walk) {
  if (value === null || value === undefined) return
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return eachValue(field, value, path, walk, (one) => typeof one === 'string', 'expectedText')
    case 'number':
      // Payload itself turns numeric strings into numbers; `strictNumber` refuses the others.
      return eachValue(
        field,
        value,
        path,
        walk,
        (one) => typeof one === 'number' || typeof one === 'string',
        'expectedNumber',
      )
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
        report(walk, path, 'expectedBoolean')
      return
    case 'date':
      if (!isDate(value)) report(walk, path, 'expectedDate')
      return
    case 'select':
    case 'radio': {
      const values = optionValues(field) ?? []
      const isOption =
        walk.checkOptions || field.name === '_status'
          ? (one: unknown) => values.includes(one as string)
          : (one: unknown) => typeof one === 'string'
      return eachValue(field, value, path, walk, isOption, 'invalidOption')
    }
    case 'relationship':
    case 'upload':
      return eachValue(
        field,
        value,
        path,
        walk,
        (one) => isRelationValue(field, one),
        'expectedRelation',
      )
    case 'point':
      if (!isPoint(value)) report(walk, path, 'expectedPoint')
      return
    case 'richText':
      if (!isLexicalDocument(value)) report(walk, path, 'expectedRichText')
      return
    case 'group':
    case 'tab':
      if (!isObject(value)) return report(walk, path, 'expectedGroup')
      return checkFields(field.flattenedFields, value, path, walk)
    case 'array':
    case 'blocks':
      return checkRows(field, value, path, walk)
    default:
      // json and join fields take any shape (joins are read-only and ignored on write).
      return
  }
}

function checkFields(fields: FlattenedField[], data: Data, path: string, walk: Walk) {
  for (const field of fields) {
    if (walk.problems.length >= MAX_PROBLEMS) return
    if (!Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    const fieldPath = path ? `${path}.${field.name}` : field.name
    if (walk.allLocales && 'localized' in field && field.localized === true) {
      if (!isObject(value)) {
        if (value !== null && value !== undefined) report(walk, fieldPath, 'expectedGroup')
        continue
      }
      for (const perLocale of Object.values(value)) checkValue(field, perLocale, fieldPath, walk)
      continue
    }
    checkValue(field, value, fieldPath, walk)
  }
}

/**
 * Every value of a write has its field's type, every select value is one of its options, rich
 * text is a Lexical document, and no list is longer than its `maxRows`. Cheap: one pass over the
 * body, stopping at a list that is too long before looking at its rows.
 */
export function checkShape(
  fields: FlattenedField[],
  data: unknown,
  req: PayloadRequest,
  { isDraft }: { isDraft: boolean },
) {
  const walk: Walk = { req, allLocales: req.locale === 'all', checkOptions: isDraft, problems: [] }
  if (isObject(data)) checkFields(fields, data, '', walk)
  return walk.problems
}
