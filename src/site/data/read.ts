import 'server-only'

import { unstable_cache } from 'next/cache'
import { Forbidden, type TypedUser } from 'payload'

import { currentContentVersion } from '@/plugins/contentVersion'
import { previewer, previewScope } from '../preview/previewer'
import { getReader } from './payload'
import type { Locale } from '../i18n'

/** How a query reads: as the anonymous public, or as the signed-in person previewing drafts. */
export type ReadMode = {
  draft: boolean
  overrideAccess: false
  user?: TypedUser
  locale: Locale
  fallbackLocale: 'en'
  /** A release preview: only these documents ("stories:12") are read as drafts (src/plugins/releases). */
  context?: { previewScope: string[] }
}

export const publicMode = (locale: Locale): ReadMode => ({
  draft: false,
  // An anonymous reader: access rules apply, so only published documents come back.
  overrideAccess: false,
  locale,
  fallbackLocale: 'en',
})

const previewMode = (locale: Locale, user: TypedUser, scope: string[] | null): ReadMode => ({
  draft: true,
  // Drafts as the person previewing may read them: a secretariat its own organization's only.
  overrideAccess: false,
  user,
  locale,
  fallbackLocale: 'en',
  ...(scope ? { context: { previewScope: scope } } : {}),
})

type Query<A extends unknown[], T> = (mode: ReadMode, ...args: A) => Promise<T>

/**
 * A published read, cached until published content changes: the content version is part of the
 * key, and every such change moves it (in any process: server, scheduled job or worker), so the
 * next read after a publish has a fresh key. That is the only signal: no tag to revalidate, which
 * worked only inside a Next request anyway. The arguments are part of the key too
 * (unstable_cache serializes them).
 */
export function cachedRead<A extends unknown[], T>(
  name: string,
  query: Query<A, T>,
): (locale: Locale, ...args: A) => Promise<T> {
  const cached = unstable_cache(
    (_version: string, locale: Locale, ...args: A) => query(publicMode(locale), ...args),
    ['site', name],
    { revalidate: false },
  )
  return async (locale, ...args) =>
    cached(await currentContentVersion(await getReader()), locale, ...args)
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined

/**
 * What the previewer may not read as a draft (another organization's cluster, a global it cannot
 * read) is shown as published: a missing document falls back to the published one, and a list
 * keeps every published entry, replaced by its draft where the previewer has one.
 */
function withPublished<T>(drafts: T, published: T): T {
  if (drafts === null || drafts === undefined) return published
  if (!Array.isArray(drafts) || !Array.isArray(published)) return drafts
  const draftIds = new Set(drafts.map(idOf))
  if (published.every((doc) => draftIds.has(idOf(doc)))) return drafts
  const byId = new Map(drafts.map((doc) => [idOf(doc), doc]))
  const publishedIds = new Set(published.map(idOf))
  return [
    ...published.map((doc) => byId.get(idOf(doc)) ?? doc),
    ...drafts.filter((doc) => !publishedIds.has(idOf(doc))),
  ] as T
}

/**
 * A read that serves previews: for a signed-in person in draft mode it reads drafts as that
 * person, uncached (they must see what they just saved); for anyone else, draft-mode cookie or
 * not, it is the cached published read.
 */
export function draftRead<A extends unknown[], T>(
  name: string,
  query: Query<A, T>,
): (locale: Locale, ...args: A) => Promise<T> {
  const published = cachedRead(name, query)
  return async (locale, ...args) => {
    const user = await previewer()
    if (!user) return published(locale, ...args)
    const [drafts, live] = await Promise.all([
      query(previewMode(locale, user, await previewScope()), ...args).catch((error: unknown) => {
        if (error instanceof Forbidden) return null
        throw error
      }),
      published(locale, ...args),
    ])
    return drafts === null ? live : withPublished(drafts, live)
  }
}
