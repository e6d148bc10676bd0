import type { CollectionConfig, PayloadRequest } from 'payload'

import { type PreviewCollection, previewUrl } from './token'

type Previewed = { id?: number | string; slug?: unknown }

/**
 * The admin's Preview button and Live Preview pane for a collection that has a page on the site:
 * a signed, expiring link to this document's page in the locale being edited. Opening it also
 * needs the admin session of someone who may read the draft.
 */
export function adminPreview(
  collection: PreviewCollection,
): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const url = (req: PayloadRequest, data: Previewed, locale?: { code: string } | string) =>
    previewUrl(req.payload, {
      collection,
      id: data.id,
      slug: typeof data.slug === 'string' ? data.slug : undefined,
      locale: typeof locale === 'string' ? locale : locale?.code,
    })
  return {
    preview: (doc, { locale, req }) => url(req, doc as Previewed, locale),
    livePreview: {
      url: ({ data, locale, req }) => url(req, data as Previewed, locale) ?? '',
    },
  }
}
