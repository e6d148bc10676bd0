import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { pageBlocks } from '@/blocks'
import { collectionSlugs } from '@/constants/slugs'
import { adminPreview } from '@/site/preview/adminPreview'
import { seo } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { editorNotes } from '@/fields/editorNotes'
import { draftVersions } from '@/constants/versions'

export const Pages: CollectionConfig<'pages'> = {
  slug: collectionSlugs.pages,
  labels: {
    singular: { en: 'Page', fr: 'Page' },
    plural: { en: 'Pages', fr: 'Pages' },
  },
  access: contentAccess(),
  defaultPopulate: { title: true, slug: true, summary: true },
  admin: {
    ...adminPreview('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { en: 'Pages', fr: 'Pages' },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', fr: 'Titre' },
      localized: true,
      required: true,
    },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: { en: 'Summary', fr: 'Résumé' }, localized: true },
    {
      name: 'layout',
      type: 'blocks',
      maxRows: 50,
      label: { en: 'Layout', fr: 'Mise en page' },
      labels: {
        singular: { en: 'Block', fr: 'Bloc' },
        plural: { en: 'Blocks', fr: 'Blocs' },
      },
      blocks: pageBlocks,
      required: true,
    },
    seo(),
    editorNotes(),
  ],
  versions: draftVersions,
}
