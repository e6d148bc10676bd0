import type { ArrayField } from 'payload'
import { strictNumber } from '@/fields/strictNumber'

/** The sources a profile cites, as the page words them, with their year. */
export function sources(): ArrayField {
  return {
    name: 'sources',
    type: 'array',
    label: { en: 'Sources', fr: 'Sources' },
    interfaceName: 'SourceCitations',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'text',
            type: 'text',
            label: { en: 'Source', fr: 'Source' },
            localized: true,
            required: true,
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
      },
    ],
  }
}
