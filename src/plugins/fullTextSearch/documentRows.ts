import type { Payload } from 'payload'

import { plainText, type TextOptions } from './plainText'
import { searchedCollections, type SearchedSlug } from './searchedFields'
import type { SearchRow } from './types'

/** A document as stored: its fields are read by name (searchedFields.ts). */
type StoredDoc = { id: string | number }

function localeCodes(payload: Payload) {
  const localization = payload.config.localization
  return localization
    ? { locales: localization.localeCodes, fallback: localization.defaultLocale }
    : { locales: ['en'], fallback: 'en' }
}

/**
 * The index rows of a published document read with `locale: 'all'`: one per locale, each with
 * that locale's title and body (an empty French text falls back to English) and the other
 * locales' text, so that a word of either language finds it.
 */
export function documentRows(
  payload: Payload,
  collection: SearchedSlug,
  doc: StoredDoc,
): SearchRow[] {
  const fields = searchedCollections[collection]
  const value = (name: string) => (doc as Record<string, unknown>)[name]
  const { locales, fallback } = localeCodes(payload)
  const slug = typeof value('slug') === 'string' ? String(value('slug')) : null
  const sitePath = slug === null ? null : fields.path(slug)
  const textIn = (locale: string) => {
    const options: TextOptions = { locale, fallback, locales }
    return {
      title: plainText(value(fields.title), options).trim(),
      body: fields.body
        .map((name) => plainText(value(name), options))
        .filter(Boolean)
        .join('\n'),
    }
  }
  const texts = Object.fromEntries(locales.map((locale) => [locale, textIn(locale)]))
  return locales.map((locale) => {
    const others = locales.filter((other) => other !== locale).map((other) => texts[other])
    return {
      collection,
      docId: String(doc.id),
      locale,
      slug,
      path: sitePath === null ? null : `/${locale}${sitePath}`,
      title: texts[locale].title,
      body: texts[locale].body,
      altTitle: others.map((other) => other.title).join('\n'),
      altBody: others.map((other) => other.body).join('\n'),
    }
  })
}
