import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/constants/slugs'
import { adminPreview } from '@/site/preview/adminPreview'
import { validateUrl } from '@/fields/links'
import { seo } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'

export const Stories: CollectionConfig<'stories'> = {
  slug: collectionSlugs.stories,
  labels: {
    singular: { en: 'StarTech story', fr: 'Récit StarTech' },
    plural: { en: 'StarTech stories', fr: 'Récits StarTech' },
  },
  access: contentAccess(),
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    company: true,
    heroImage: true,
    publishedAt: true,
    edition: true,
  },
  admin: {
    ...adminPreview('stories'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', 'edition', 'publishedAt', '_status'],
    group: { en: 'Stories', fr: 'Récits' },
  },
  defaultSort: '-publishedAt',
  // Front ends list published stories newest first: the index serves the filter and the order
  // together, so a page of 20 costs the same with 10 stories or 10,000.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', fr: 'Titre' },
      localized: true,
      required: true,
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'company',
          type: 'relationship',
          relationTo: collectionSlugs.companies,
          label: { en: 'Company', fr: 'Entreprise' },
          index: true,
        },
        {
          name: 'edition',
          type: 'text',
          label: { en: 'Program edition', fr: 'Édition du programme' },
          index: true,
          admin: { description: { en: 'e.g. 2017-2018', fr: 'p. ex. 2017-2018' } },
        },
        {
          name: 'publishedAt',
          type: 'date',
          label: { en: 'Publish date', fr: 'Date de publication' },
          index: true,
        },
      ],
    },
    {
      name: 'interviewees',
      type: 'array',
      maxRows: 20,
      label: { en: 'People interviewed', fr: 'Personnes interviewées' },
      labels: {
        singular: { en: 'Person interviewed', fr: 'Personne interviewée' },
        plural: { en: 'People interviewed', fr: 'Personnes interviewées' },
      },
      fields: [
        { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
        { name: 'title', type: 'text', label: { en: 'Title', fr: 'Fonction' }, localized: true },
      ],
    },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', fr: 'Résumé' }, localized: true },
    { name: 'body', type: 'richText', label: { en: 'Body', fr: 'Texte' }, localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'videoUrl',
          type: 'text',
          label: { en: 'Video link', fr: 'Lien vidéo' },
          validate: validateUrl,
        },
        {
          name: 'video',
          type: 'upload',
          relationTo: collectionSlugs.media,
          label: { en: 'Video file', fr: 'Fichier vidéo' },
          filterOptions: { mimeType: { equals: 'video/mp4' } },
        },
      ],
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { en: 'Hero image', fr: 'Image principale' },
    },
    seo(),
    editorNotes(),
  ],
  versions: draftVersions,
}
