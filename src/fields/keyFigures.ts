import type { ArrayField } from 'payload'

import { figureUnits } from '@/constants/taxonomy'
import { sourceAndYear } from './sourceAndYear'
import { strictNumber } from './strictNumber'

/**
 * The one shape of a key figure, wherever a number is shown: label, value, unit, the display
 * text as the page words it, and where it comes from (source and year).
 */
export function keyFigures(name = 'keyFigures'): ArrayField {
  return {
    name,
    type: 'array',
    maxRows: 30,
    label: { en: 'Key figures', fr: 'Chiffres clés' },
    labels: {
      singular: { en: 'Key figure', fr: 'Chiffre clé' },
      plural: { en: 'Key figures', fr: 'Chiffres clés' },
    },
    interfaceName: 'KeyFigures',
    admin: {
      initCollapsed: true,
      components: { RowLabel: '@/components/admin/KeyFigureRowLabel#KeyFigureRowLabel' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'label',
            type: 'text',
            label: { en: 'Label', fr: 'Libellé' },
            localized: true,
            required: true,
            admin: { width: '50%' },
          },
          {
            name: 'value',
            type: 'number',
            validate: strictNumber,
            label: { en: 'Value', fr: 'Valeur' },
            admin: { width: '25%' },
          },
          {
            name: 'unit',
            type: 'select',
            label: { en: 'Unit', fr: 'Unité' },
            required: true,
            options: figureUnits.map(({ value, label }) => ({ value, label })),
            admin: { width: '25%' },
          },
        ],
      },
      {
        name: 'display',
        type: 'text',
        label: { en: 'Display text', fr: 'Texte affiché' },
        localized: true,
        required: true,
        admin: {
          description: {
            en: 'The figure as readers see it, e.g. "Sales of $15.5 billion".',
            fr: 'Le chiffre tel que le lecteur le voit, p. ex. « Ventes de 15,5 milliards $ ».',
          },
        },
      },
      sourceAndYear({ sourceName: 'source', required: false }),
    ],
  }
}
