import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { systemOnlyField } from '@/access/field/systemOnlyField'
import { collectionSlugs, contentCollections } from '@/constants/slugs'

import { releaseEndpoints } from './endpoints'
import { itemsExist } from './itemsExist'
import { releaseStatusLabels, releaseStatuses } from './statuses'

const systemWritten = { create: systemOnlyField, update: systemOnlyField }

/**
 * A release: documents of the versioned collections whose latest drafts go live together, in one
 * transaction (`POST /api/releases/:id/publish`, or on a schedule), and can be rolled back as one.
 * Only editors (communications and admins) see and change releases; what the system records
 * (status, dates, the live version before publishing) no request may write.
 */
export const Releases: CollectionConfig<'releases'> = {
  slug: collectionSlugs.releases,
  labels: {
    singular: { en: 'Release', fr: 'Lot de publication' },
    plural: { en: 'Releases', fr: 'Lots de publication' },
  },
  access: {
    create: isEditor,
    read: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'publishAt', 'publishedAt'],
    group: { en: 'Publishing', fr: 'Publication' },
    hidden: ({ user }) => !isEditor({ req: { user } } as Parameters<typeof isEditor>[0]),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', fr: 'Titre' } },
    {
      name: 'notes',
      type: 'textarea',
      label: { en: 'Notes', fr: 'Notes' },
      admin: {
        description: {
          en: 'What the release changes and why (for the team; never published).',
          fr: 'Ce que le lot change et pourquoi (pour l’équipe; jamais publié).',
        },
      },
    },
    {
      name: 'items',
      type: 'relationship',
      relationTo: [...contentCollections],
      hasMany: true,
      validate: itemsExist,
      label: { en: 'Documents', fr: 'Documents' },
      admin: {
        description: {
          en: 'Their latest drafts are published together.',
          fr: 'Leurs derniers brouillons sont publiés ensemble.',
        },
      },
    },
    {
      // Its documents with their review state, and the publish, schedule and roll back buttons.
      name: 'releasePanel',
      type: 'ui',
      label: { en: 'Documents in this release', fr: 'Documents de ce lot' },
      admin: { components: { Field: '@/components/admin/ReleasePanel#ReleasePanel' } },
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: nobody sends it (no request may write it), the default sets it.
      defaultValue: 'open',
      access: systemWritten,
      label: { en: 'Status', fr: 'Statut' },
      options: releaseStatuses.map((value) => ({ value, label: releaseStatusLabels[value] })),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'publishAt',
      type: 'date',
      access: systemWritten,
      label: { en: 'Scheduled for', fr: 'Programmé pour' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: systemWritten,
      label: { en: 'Published at', fr: 'Publié le' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      access: systemWritten,
      label: { en: 'Published by', fr: 'Publié par' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'job',
      type: 'number',
      access: systemWritten,
      admin: { hidden: true },
    },
    {
      name: 'results',
      type: 'array',
      access: systemWritten,
      label: { en: 'Outcome per document', fr: 'Résultat par document' },
      labels: {
        singular: { en: 'Outcome', fr: 'Résultat' },
        plural: { en: 'Outcomes', fr: 'Résultats' },
      },
      admin: { readOnly: true },
      fields: [
        {
          name: 'relationTo',
          type: 'text',
          required: true,
          label: { en: 'Collection', fr: 'Collection' },
        },
        { name: 'value', type: 'text', required: true, label: { en: 'Document', fr: 'Document' } },
        {
          name: 'previousVersion',
          type: 'text',
          label: { en: 'Version live before', fr: 'Version en ligne avant' },
        },
        {
          name: 'reasonEn',
          type: 'text',
          label: { en: 'Reason (English)', fr: 'Raison (anglais)' },
        },
        {
          name: 'reasonFr',
          type: 'text',
          label: { en: 'Reason (French)', fr: 'Raison (français)' },
        },
      ],
    },
  ],
  endpoints: releaseEndpoints,
  timestamps: true,
}
