import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/constants/slugs'
import { validateUrl } from '@/fields/links'
import { mediaUpload } from '@/fields/mediaUpload'
import { slugField } from '@/fields/slug'
import { keepSecretariatInScope } from '@/hooks/keepSecretariatInScope'
import { keepSecretariatMedia } from '@/hooks/keepSecretariatMedia'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'

export const Companies: CollectionConfig<'companies'> = {
  slug: collectionSlugs.companies,
  labels: {
    singular: { en: 'Company', fr: 'Entreprise' },
    plural: { en: 'Companies', fr: 'Entreprises' },
  },
  access: contentAccess({ ownerPath: 'clusters.secretariat', canCreate: true }),
  defaultPopulate: { name: true, slug: true, website: true, logo: true },
  // Published companies listed in the default order or by name, without sorting the whole table.
  indexes: [{ fields: ['_status', 'createdAt'] }, { fields: ['_status', 'name'] }],
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'clusters', '_status', 'updatedAt'],
    group: { en: 'Directory', fr: 'Répertoire' },
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true, index: true },
    slugField('name'),
    {
      name: 'website',
      type: 'text',
      label: { en: 'Website', fr: 'Site Web' },
      validate: validateUrl,
    },
    mediaUpload(collectionSlugs.companies, 'logo', { en: 'Logo', fr: 'Logo' }),
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', fr: 'Description' },
      localized: true,
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: collectionSlugs.clusters,
      hasMany: true,
      index: true,
      label: { en: 'Leader in clusters', fr: 'Chef de file dans les grappes' },
    },
    // `review` (state, comment, who and when) is added by the review plugin (src/plugins/review).
    editorNotes(),
  ],
  hooks: {
    beforeValidate: [keepSecretariatInScope('clusters'), keepSecretariatMedia(['logo'])],
  },
  versions: draftVersions,
}
