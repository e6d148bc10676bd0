import type { Payload, SanitizedCollectionConfig } from 'payload'

import { reason, type Reason } from './badParameter'

/** The type of a collection's ids: its custom `id` field's, or the adapter's default. */
export function idTypeOf(payload: Payload, config: SanitizedCollectionConfig): 'number' | 'text' {
  const custom = config.flattenedFields.find((field) => field.name === 'id')
  if (custom) return custom.type === 'number' ? 'number' : 'text'
  return payload.db.defaultIDType
}

const INTEGER = /^-?\d{1,10}$/
/** Serial ids are 32-bit in PostgreSQL: a larger number is no id, and the database says so with a 500. */
const MAX_ID = 2 ** 31 - 1

export const isIntegerId = (value: string) =>
  INTEGER.test(value) && Math.abs(Number(value)) <= MAX_ID

/** Why `value` cannot be an id of that type; undefined when it can. */
export function idProblem(value: string, type: 'number' | 'text'): Reason | undefined {
  if (type === 'number' && !isIntegerId(value))
    return reason('notAWholeNumberId', { value: value.slice(0, 40) })
  if (value.length > 255 || /[\u0000-\u001f]/.test(value)) return reason('notAnId')
  return undefined
}
