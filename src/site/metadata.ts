import type { Metadata } from 'next'

import type { Media } from '@/payload-types'
import { populated } from './data/relations'
import { type Locale, localeTags } from './i18n'
import { localePath } from './paths'

type PageMetadataArgs = {
  locale: Locale
  /** The path after the locale, the same in both languages. */
  path: string
  title: string
  description?: string | null
  /** The home page is titled without the site-name suffix. */
  absoluteTitle?: boolean
  /** The sharing image (SEO tab), or the page's main image. */
  image?: number | Media | null
}

/** An image for link previews: its card size (WebP) with its alt text in the page's language. */
function sharingImage(media: PageMetadataArgs['image']) {
  const image = populated(media)
  if (!image?.url || !image.mimeType?.startsWith('image/')) return undefined
  const card = image.sizes?.card
  const url = card?.url ?? image.url
  const width = (card?.url ? card.width : image.width) ?? undefined
  const height = (card?.url ? card.height : image.height) ?? undefined
  return [{ url, width, height, alt: image.alt }]
}

/**
 * Title, description, canonical URL and hreflang alternates of one page in one locale. The URLs
 * are paths: Next makes them absolute with the layout's `metadataBase` (the site's address).
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  absoluteTitle = false,
  image,
}: PageMetadataArgs): Metadata {
  const url = localePath(locale, path)
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: {
      canonical: url,
      languages: {
        [localeTags.en]: localePath('en', path),
        [localeTags.fr]: localePath('fr', path),
        'x-default': localePath('en', path),
      },
    },
    openGraph: {
      title,
      description: description ?? undefined,
      url,
      siteName: 'Grappes',
      locale: localeTags[locale].replace('-', '_'),
      type: 'website',
      images: sharingImage(image),
    },
  }
}
