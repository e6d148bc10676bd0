import type { Locale } from './i18n'

/**
 * Every site path is `/{locale}{path}`, where `path` is the same in both languages (slugs are
 * not localized), so switching language only swaps the first segment.
 */
export const localePath = (locale: Locale, path = ''): string => `/${locale}${path}`

/** An absolute link on the site whose public address is `siteUrl` (see data/payload.ts). */
export const absoluteUrl = (siteUrl: string, locale: Locale, path = ''): string =>
  `${siteUrl}${localePath(locale, path)}`

export const paths = {
  home: '',
  clusters: '/clusters',
  cluster: (slug: string) => `/clusters/${slug}`,
  companies: '/companies',
  stories: '/stories',
  story: (slug: string) => `/stories/${slug}`,
  ambassadors: '/ambassadors',
  page: (slug: string) => `/${slug}`,
  search: '/search',
}

/** Replaces the locale segment of a pathname (`/en/clusters` → `/fr/clusters`). */
export function switchLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, '')
  return localePath(locale, rest)
}
