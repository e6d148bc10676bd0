import type { Block } from 'payload'

import { keyFigures } from '@/fields/keyFigures'
import { blockHeading } from '../shared'

export const FiguresBlock: Block = {
  slug: 'figures',
  interfaceName: 'FiguresBlock',
  labels: {
    singular: { en: 'Key figures', fr: 'Chiffres clés' },
    plural: { en: 'Key figures', fr: 'Chiffres clés' },
  },
  fields: [
    ...blockHeading,
    {
      name: 'ecosystemGroup',
      type: 'text',
      label: { en: 'Ecosystem figure group', fr: 'Groupe de chiffres de l’écosystème' },
      admin: {
        description: {
          en: 'Key of a group in the "Ecosystem figures" global, shown before the figures below.',
          fr: 'Clé d’un groupe du global « Chiffres de l’écosystème », affiché avant les chiffres ci-dessous.',
        },
      },
    },
    keyFigures('figures'),
  ],
}
