import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { GroupField } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

const paths = { titlePath: 'seo.title', descriptionPath: 'seo.description', imagePath: 'seo.image' }

/**
 * Search and sharing metadata, shared by every collection that front ends render as a page.
 * The SEO plugin's fields bring its admin components (length meters, search-result preview); the
 * stored shape stays ours (`seo.title`, `seo.description`, `seo.image`), so no data moves.
 * Their labels need the plugin's translations, which `seoPlugin()` in payload.config.ts adds.
 */
export function seo(): GroupField {
  const image = MetaImageField({
    relationTo: collectionSlugs.media,
    // One sharing image for both languages, as before (the plugin's default is localized).
    overrides: { label: { en: 'Sharing image', fr: 'Image de partage' }, localized: false },
  })
  // The plugin's description names a 12 MB limit that is not ours (UPLOAD_MAX_BYTES).
  if (image.admin) {
    image.admin.description = {
      en: 'Shown when the page is shared on social networks.',
      fr: 'Affichée quand la page est partagée sur les réseaux sociaux.',
    }
  }
  return {
    name: 'seo',
    type: 'group',
    label: { en: 'SEO', fr: 'Référencement' },
    interfaceName: 'Seo',
    fields: [
      OverviewField({ ...paths, overrides: { label: { en: 'Overview', fr: 'Aperçu' } } }),
      MetaTitleField({
        overrides: { label: { en: 'Meta title', fr: 'Titre (balise meta)' }, maxLength: 70 },
      }),
      MetaDescriptionField({
        overrides: {
          label: { en: 'Meta description', fr: 'Description (balise meta)' },
          maxLength: 200,
        },
      }),
      image,
      PreviewField({
        titlePath: paths.titlePath,
        descriptionPath: paths.descriptionPath,
        overrides: { label: { en: 'Preview', fr: 'Prévisualisation' } },
      }),
    ],
  }
}
