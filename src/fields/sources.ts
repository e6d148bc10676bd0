import type { ArrayField } from 'payload'
import { sourceAndYear } from './sourceAndYear'

/** The sources a profile cites, as the page words them, with their year. */
export function sources(): ArrayField {
  return {
    name: 'sources',
    type: 'array',
    maxRows: 20,
    label: { en: 'Sources', fr: 'Sources' },
    labels: {
      singular: { en: 'Source', fr: 'Source' },
      plural: { en: 'Sources', fr: 'Sources' },
    },
    interfaceName: 'SourceCitations',
    fields: [sourceAndYear({ sourceName: 'text', required: true })],
  }
}
