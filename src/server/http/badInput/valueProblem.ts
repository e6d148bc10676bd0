import type { FlattenedField } from 'payload'

import { isIntegerId } from './idShape'
import { reason, type Reason } from './badParameter'
import type { ValueKind } from './operatorRules'

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const BOOLEAN = new Set(['true', 'false'])
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value)

function scalarProblem(value: unknown, kind: ValueKind, options: string[]): Reason | undefined {
  if (value === null || value === 'null') return undefined // "is empty", which every type can be
  const text = String(value)
  switch (kind) {
    case 'number':
      return NUMBER.test(text) && Number.isFinite(Number(text))
        ? undefined
        : reason('notAFiniteNumber', { value: text.slice(0, 40) })
    case 'id':
      return isIntegerId(text) ? undefined : reason('notADocumentId', { value: text.slice(0, 40) })
    case 'date': {
      const time = Date.parse(text)
      return Number.isFinite(time) && Math.abs(new Date(time).getUTCFullYear()) < 10000
        ? undefined
        : reason('notADate', { value: text.slice(0, 40) })
    }
    case 'boolean':
      return BOOLEAN.has(text) ? undefined : reason('trueOrFalse')
    case 'option':
      return options.includes(text) ? undefined : reason('oneOf', { values: options.join(', ') })
    default:
      return undefined
  }
}

const optionsOf = (field: FlattenedField | undefined): string[] =>
  field && 'options' in field && Array.isArray(field.options)
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** Why `value` cannot be compared with `operator` on a field holding `kind`; undefined if it can. */
export function valueProblem(
  operator: string,
  value: unknown,
  kind: ValueKind,
  field?: FlattenedField,
): Reason | undefined {
  if (operator === 'exists') return scalarProblem(value, 'boolean', [])
  if (LIST_OPERATORS.has(operator)) {
    const items = typeof value === 'string' ? value.split(',') : value
    if (!Array.isArray(items) || !items.every(isScalar)) return reason('listOfValues')
    for (const item of items) {
      const problem = scalarProblem(item, kind, optionsOf(field))
      if (problem) return problem
    }
    return undefined
  }
  if (kind === 'any' && (operator === 'near' || operator === 'within' || operator === 'intersects'))
    return undefined // point fields: Payload parses the coordinates or the GeoJSON itself
  if (!isScalar(value) && value !== null) return reason('singleValue')
  if (operator === 'like' || operator === 'not_like' || operator === 'contains') return undefined
  return scalarProblem(value, kind, optionsOf(field))
}
