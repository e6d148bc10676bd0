import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/constants/slugs'
import { organizationKinds } from '@/constants/taxonomy'
import { keyFigures } from '@/fields/keyFigures'
import { validateUrl } from '@/fields/links'
import { region } from '@/fields/region'
import { slugField } from '@/fields/slug'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'

export const Organizations: CollectionConfig<'organizations'> = {
  slug: collectionSlugs.organizations,
  labels: {
    singular: { en: 'Organization', fr: 'Organisation' },
    plural: { en: 'Organizations', fr: 'Organisations' },
  },
  access: contentAccess(),
  defaultPopulate: { name: true, slug: true, kind: true, region: true, website: true, logo: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', '_status', 'updatedAt'],
    group: { en: 'Directory', fr: 'Répertoire' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', fr: 'Nom' },
      localized: true,
      required: true,
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', fr: 'Type' },
          required: true,
          options: organizationKinds.map(({ value, label }) => ({ value, label })),
        },
        region(),
      ],
    },
    {
      name: 'website',
      type: 'text',
      label: { en: 'Website', fr: 'Site Web' },
      validate: validateUrl,
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { en: 'Logo', fr: 'Logo' },
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', fr: 'Description' },
      localized: true,
    },
    keyFigures(),
    {
      name: 'programs',
      type: 'array',
      maxRows: 30,
      label: { en: 'Programs', fr: 'Programmes' },
      labels: {
        singular: { en: 'Program', fr: 'Programme' },
        plural: { en: 'Programs', fr: 'Programmes' },
      },
      interfaceName: 'Program',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { en: 'Name', fr: 'Nom' },
          localized: true,
          required: true,
        },
        { name: 'slug', type: 'text', label: { en: 'Slug', fr: 'Identifiant' }, required: true },
        {
          name: 'summary',
          type: 'textarea',
          label: { en: 'Summary', fr: 'Résumé' },
          localized: true,
        },
      ],
    },
    {
      name: 'clusters',
      type: 'join',
      collection: collectionSlugs.clusters,
      on: 'secretariat',
      label: { en: 'Clusters it leads', fr: 'Grappes qu’elle anime' },
    },
    editorNotes(),
  ],
  versions: draftVersions,
}
