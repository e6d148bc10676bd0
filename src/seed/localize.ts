import type { Localized, SeedFigure, SeedLink, SeedSource } from './types'

export type Locale = 'en' | 'fr'
export const locales: readonly Locale[] = ['en', 'fr']

export const inLocale = (text: Localized | undefined, locale: Locale): string | undefined =>
  text?.[locale]

export const figuresIn = (figures: SeedFigure[] | undefined, locale: Locale) =>
  (figures ?? []).map((figure) => ({
    label: figure.label[locale],
    value: figure.value,
    unit: figure.unit,
    display: figure.display[locale],
    source: inLocale(figure.source, locale),
    year: figure.year,
  }))

export const linksIn = (links: SeedLink[] | undefined, locale: Locale) =>
  (links ?? []).map((link) => ({ label: link.label[locale], url: link.url }))

export const sourcesIn = (sources: SeedSource[] | undefined, locale: Locale) =>
  (sources ?? []).map((source) => ({ text: source.text[locale], year: source.year }))

/**
 * Gives the rows of `data`'s arrays and blocks the ids of the rows already stored in `doc`, so that
 * writing a second locale fills the same rows instead of replacing them.
 */
export function withRowIds<T>(data: T, doc: unknown): T {
  if (Array.isArray(data)) {
    const stored = Array.isArray(doc) ? doc : []
    return data.map((row, index) => {
      const storedRow = stored[index] as { id?: unknown } | undefined
      const merged = withRowIds(row, storedRow)
      return storedRow?.id && merged && typeof merged === 'object'
        ? { ...merged, id: storedRow.id }
        : merged
    }) as T
  }
  if (data && typeof data === 'object' && !('root' in data)) {
    const stored = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, withRowIds(value, stored[key])]),
    ) as T
  }
  return data
}
