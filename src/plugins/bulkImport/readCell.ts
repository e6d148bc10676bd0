import type { PayloadRequest } from 'payload'

import { translate } from '@/i18n/messages'

import { unneutralize } from './cells'
import type { ColumnField } from './columnFields'
import type { SlugIndex } from './slugIndex'
import { separator } from './tables'

export type CellResult = { value: unknown } | { error: string }

type CellContext = {
  req: PayloadRequest
  /** CSV cells are text and may carry the `'` that neutralized a formula on export. */
  csv: boolean
  /** Whether an empty cell is refused: required fields, localized ones only in the default locale. */
  required: boolean
  slugIndex?: SlugIndex
}

export const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)

const NUMBER = /^\s*[+-]?\d+(\.\d+)?\s*$/

/** One cell of a row as the value its field stores, or why it cannot be. */
export function readCell(field: ColumnField, raw: unknown, context: CellContext): CellResult {
  const { req } = context
  if (isEmpty(raw)) {
    if (context.required) return { error: translate(req, 'importRequired') }
    return { value: field.kind === 'relation' && field.hasMany ? [] : null }
  }
  const text = typeof raw === 'string' ? raw : undefined
  switch (field.kind) {
    case 'id':
      if (typeof raw === 'number' || (text !== undefined && /^\d+$/.test(text)))
        return { value: Number(raw) }
      return { error: translate(req, 'importUnknownId', { value: String(raw) }) }
    case 'text':
      if (text === undefined) return { error: translate(req, 'expectedText') }
      return { value: context.csv ? unneutralize(text) : text }
    case 'number':
      if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw }
      if (text !== undefined && NUMBER.test(text)) return { value: Number(text) }
      return { error: translate(req, 'importNotANumber', { value: String(raw) }) }
    case 'select':
      if (text !== undefined && field.options.includes(text)) return { value: text }
      return {
        error: translate(req, 'importNotAnOption', {
          value: String(raw),
          options: field.options.join(', '),
        }),
      }
    case 'relation': {
      const slugs = (Array.isArray(raw) ? raw.map(String) : String(raw).split(separator))
        .map((slug) => slug.trim())
        .filter(Boolean)
      const unknown = slugs.find((slug) => !context.slugIndex?.idOf.has(slug))
      if (unknown !== undefined || (!field.hasMany && slugs.length !== 1))
        return {
          error: translate(req, 'importUnknownSlug', {
            collection: field.relationTo,
            value: unknown ?? slugs.join(separator),
          }),
        }
      const ids = slugs.map((slug) => context.slugIndex!.idOf.get(slug)!)
      return { value: field.hasMany ? ids : ids[0] }
    }
  }
}
