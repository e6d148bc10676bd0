import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/constants/slugs'
import { slugField } from '@/fields/slug'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'
import { strictNumber } from '@/fields/strictNumber'

export const Ambassadors: CollectionConfig<'ambassadors'> = {
  slug: collectionSlugs.ambassadors,
  labels: {
    singular: { en: 'Ambassador', fr: 'Ambassadeur' },
    plural: { en: 'Ambassadors', fr: 'Ambassadeurs' },
  },
  access: contentAccess(),
  defaultPopulate: { name: true, slug: true, role: true, photo: true, order: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'organization', 'order', '_status'],
    group: { en: 'Stories', fr: 'Récits' },
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    slugField('name'),
    {
      name: 'role',
      type: 'text',
      label: { en: 'Role', fr: 'Fonction' },
      localized: true,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organization',
          type: 'relationship',
          relationTo: collectionSlugs.organizations,
          label: { en: 'Ambassador of', fr: 'Ambassadeur de' },
          index: true,
        },
        {
          name: 'order',
          type: 'number',
          validate: strictNumber,
          label: { en: 'Order', fr: 'Ordre' },
          index: true,
          defaultValue: 0,
        },
      ],
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { en: 'Photo', fr: 'Photo' },
    },
    {
      name: 'bio',
      type: 'textarea',
      label: { en: 'Biography', fr: 'Biographie' },
      localized: true,
    },
    { name: 'quote', type: 'textarea', label: { en: 'Quote', fr: 'Citation' }, localized: true },
    editorNotes(),
  ],
  versions: draftVersions,
}
