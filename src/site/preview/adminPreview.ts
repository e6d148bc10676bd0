import type { CollectionConfig } from 'payload'

import { previewUrl } from './token'

/**
 * The admin's Preview button and Live Preview pane for a collection that has a page on the site:
 * a signed link to the page in draft mode, in the locale being edited.
 */
export function adminPreview(
  collection: 'pages' | 'stories' | 'clusters',
): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const url = ({
    data,
    locale,
  }: {
    data: Record<string, unknown>
    locale?: { code: string } | string
  }) =>
    previewUrl(
      collection,
      typeof data.slug === 'string' ? data.slug : undefined,
      typeof locale === 'string' ? locale : locale?.code,
    )
  return {
    preview: (doc, { locale }) => url({ data: doc as Record<string, unknown>, locale }),
    livePreview: {
      url: ({ data, locale }) => url({ data: data as Record<string, unknown>, locale }) ?? '',
    },
  }
}
