import type { Metadata } from 'next'

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
    },
  }
}
