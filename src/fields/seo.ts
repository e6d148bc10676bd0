import type { GroupField } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/** Search and sharing metadata, shared by every collection that front ends render as a page. */
export function seo(): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: { en: 'SEO', fr: 'Référencement' },
    interfaceName: 'Seo',
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Meta title', fr: 'Titre (balise meta)' },
        localized: true,
        maxLength: 70,
      },
      {
        name: 'description',
        type: 'textarea',
        label: { en: 'Meta description', fr: 'Description (balise meta)' },
        localized: true,
        maxLength: 200,
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: collectionSlugs.media,
        label: { en: 'Sharing image', fr: 'Image de partage' },
      },
    ],
  }
}
