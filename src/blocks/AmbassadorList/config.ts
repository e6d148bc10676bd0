import type { Block } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { blockHeading } from '../shared'

export const AmbassadorListBlock: Block = {
  slug: 'ambassadorList',
  interfaceName: 'AmbassadorListBlock',
  labels: {
    singular: { en: 'Ambassador list', fr: 'Liste d’ambassadeurs' },
    plural: { en: 'Ambassador lists', fr: 'Listes d’ambassadeurs' },
  },
  fields: [
    ...blockHeading,
    {
      name: 'organization',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Ambassadors of', fr: 'Ambassadeurs de' },
    },
    {
      name: 'outro',
      type: 'textarea',
      label: { en: 'Closing text', fr: 'Texte de conclusion' },
      localized: true,
    },
  ],
}
