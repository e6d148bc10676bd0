import type { RowField } from 'payload'

import { strictNumber } from './strictNumber'

/** Where a number comes from, side by side: the source as the page words it, and its year. */
export function sourceAndYear({
  sourceName,
  required,
}: {
  sourceName: string
  required: boolean
}): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: sourceName,
        type: 'text',
        label: { en: 'Source', fr: 'Source' },
        localized: true,
        required,
        admin: { width: '75%' },
      },
      {
        name: 'year',
        type: 'number',
        validate: strictNumber,
        label: { en: 'Year', fr: 'Année' },
        min: 1900,
        max: 2100,
        admin: { width: '25%' },
      },
    ],
  }
}
