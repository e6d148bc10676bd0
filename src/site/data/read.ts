import 'server-only'

import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'

import { contentVersion } from '@/cache/contentVersion'
import { readEnv } from '@/env'
import type { Locale } from '../i18n'
import { CONTENT_CACHE_TAG } from './cacheTag'

/** How a query reads: as the anonymous public, or as an editor previewing drafts. */
export type ReadMode = {
  draft: boolean
  overrideAccess: boolean
  locale: Locale
  fallbackLocale: 'en'
}

export const publicMode = (locale: Locale): ReadMode => ({
  draft: false,
  // An anonymous reader: access rules apply, so only published documents come back.
  overrideAccess: false,
  locale,
  fallbackLocale: 'en',
})

const previewMode = (locale: Locale): ReadMode => ({
  draft: true,
  // Previews show drafts, which anonymous access hides; only draft mode (an editor's) gets here.
  overrideAccess: true,
  locale,
  fallbackLocale: 'en',
})

type Query<A extends unknown[], T> = (mode: ReadMode, ...args: A) => Promise<T>

/**
 * A published read, cached until content changes. Two signals end it: Payload's hooks revalidate
 * the tag when they run inside a Next request, and the content version (which every change moves,
 * in any process: server, scheduled job or worker) is part of the key, so a change made where
 * `revalidateTag` cannot reach still gives the next read a fresh key. The arguments are part of
 * the key too (unstable_cache serializes them).
 */
export function cachedRead<A extends unknown[], T>(
  name: string,
  query: Query<A, T>,
): (locale: Locale, ...args: A) => Promise<T> {
  const cached = unstable_cache(
    (_version: string, locale: Locale, ...args: A) => query(publicMode(locale), ...args),
    ['site', name],
    { tags: [CONTENT_CACHE_TAG], revalidate: false },
  )
  return async (locale, ...args) =>
    cached(await contentVersion(readEnv().redisUrl).current(), locale, ...args)
}

/**
 * A read that serves editors' previews: in draft mode it reads drafts, uncached (an editor must
 * see what they just saved); otherwise it is the cached published read.
 */
export function draftRead<A extends unknown[], T>(
  name: string,
  query: Query<A, T>,
): (locale: Locale, ...args: A) => Promise<T> {
  const published = cachedRead(name, query)
  return async (locale, ...args) => {
    const { isEnabled } = await draftMode()
    return isEnabled ? query(previewMode(locale), ...args) : published(locale, ...args)
  }
}
