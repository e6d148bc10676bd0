import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/constants/slugs'
import { editorOnlyField } from '@/access/field/editorOnlyField'
import { keepSecretariatInScope } from '@/hooks/keepSecretariatInScope'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'

export const Quotes: CollectionConfig<'quotes'> = {
  slug: collectionSlugs.quotes,
  labels: {
    singular: { en: 'Quote', fr: 'Citation' },
    plural: { en: 'Quotes', fr: 'Citations' },
  },
  access: contentAccess({ ownerPath: 'organization', canCreate: true }),
  defaultPopulate: {
    text: true,
    speakerName: true,
    speakerTitle: true,
    organization: true,
    cluster: true,
  },
  admin: {
    useAsTitle: 'speakerName',
    defaultColumns: ['speakerName', 'organization', 'cluster', '_status', 'updatedAt'],
    group: { en: 'Clusters', fr: 'Grappes' },
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: { en: 'Quote', fr: 'Citation' },
      localized: true,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'speakerName',
          type: 'text',
          label: { en: 'Speaker', fr: 'Auteur' },
          required: true,
          index: true,
        },
        {
          name: 'speakerTitle',
          type: 'text',
          label: { en: 'Speaker title', fr: 'Fonction' },
          localized: true,
        },
      ],
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Organization', fr: 'Organisation' },
      required: true,
      index: true,
      access: { update: editorOnlyField },
    },
    {
      name: 'cluster',
      type: 'relationship',
      relationTo: collectionSlugs.clusters,
      label: { en: 'Cluster', fr: 'Grappe' },
      index: true,
    },
    // `review` (state, comment, who and when) is added by the review plugin (src/plugins/review).
    editorNotes(),
  ],
  hooks: {
    beforeValidate: [keepSecretariatInScope('cluster', { ownsOrganizationField: true })],
  },
  versions: draftVersions,
}
