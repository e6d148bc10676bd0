import type { GlobalConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { globalSlugs } from '@/constants/slugs'
import { keyFigures } from '@/fields/keyFigures'

/** Figures about a whole ecosystem rather than one cluster, grouped so pages can show a group by key. */
export const EcosystemFigures: GlobalConfig<'ecosystem-figures'> = {
  slug: globalSlugs.ecosystemFigures,
  label: { en: 'Ecosystem figures', fr: 'Chiffres de l’écosystème' },
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    update: isEditor,
  },
  admin: { group: { en: 'Clusters', fr: 'Grappes' } },
  fields: [
    {
      name: 'groups',
      type: 'array',
      maxRows: 20,
      label: { en: 'Groups', fr: 'Groupes' },
      labels: {
        singular: { en: 'Group', fr: 'Groupe' },
        plural: { en: 'Groups', fr: 'Groupes' },
      },
      interfaceName: 'FigureGroups',
      fields: [
        { name: 'key', type: 'text', label: { en: 'Key', fr: 'Clé' }, required: true },
        {
          name: 'title',
          type: 'text',
          label: { en: 'Title', fr: 'Titre' },
          localized: true,
          required: true,
        },
        {
          name: 'intro',
          type: 'textarea',
          label: { en: 'Introduction', fr: 'Introduction' },
          localized: true,
        },
        keyFigures('figures'),
      ],
    },
  ],
  versions: { drafts: { schedulePublish: true }, max: 50 },
}
