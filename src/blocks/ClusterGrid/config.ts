import type { Block } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { clusterKinds, regions } from '@/constants/taxonomy'
import { blockHeading } from '../shared'

export const ClusterGridBlock: Block = {
  slug: 'clusterGrid',
  interfaceName: 'ClusterGridBlock',
  labels: {
    singular: { en: 'Cluster grid', fr: 'Grille de grappes' },
    plural: { en: 'Cluster grids', fr: 'Grilles de grappes' },
  },
  fields: [
    ...blockHeading,
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'select',
          label: { en: 'Region', fr: 'Région' },
          options: regions.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', fr: 'Type' },
          options: clusterKinds.map(({ value, label }) => ({ value, label })),
        },
      ],
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: collectionSlugs.clusters,
      hasMany: true,
      label: { en: 'Chosen clusters', fr: 'Grappes choisies' },
      admin: {
        description: {
          en: 'Leave empty to show every published cluster of the region and kind above.',
          fr: 'Laisser vide pour afficher toutes les grappes publiées de la région et du type ci-dessus.',
        },
      },
    },
  ],
}
