import type { PayloadRequest, TypedLocale } from 'payload'

import { storedLocale, type SaveTarget } from './storedLocale'
import { valueAt } from './valueAt'

export type SaveArgs = {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  target: SaveTarget
}

/** Reads a field's value in one locale: `(path) => value`. */
export type LocaleValues = (path: string) => unknown

/**
 * The values a save leaves in `locale`: in the locale being written, the incoming data over the
 * document as it was; in another locale, the latest stored text (a save writes one locale only,
 * or every locale at once with `locale=all`).
 */
export async function valuesAfterSave(
  { data, originalDoc, req, target }: SaveArgs,
  locale: TypedLocale,
): Promise<LocaleValues> {
  if (req.locale === locale) {
    return (path) => {
      const incoming = valueAt(data, path)
      return incoming !== undefined ? incoming : valueAt(originalDoc, path)
    }
  }
  const stored = await storedLocale(req, target, locale)
  if (req.locale === 'all') {
    return (path) => {
      const incoming = valueAt(data, path)
      const inLocale =
        typeof incoming === 'object' && incoming !== null
          ? (incoming as Record<string, unknown>)[locale]
          : undefined
      return inLocale !== undefined ? inLocale : valueAt(stored, path)
    }
  }
  return (path) => valueAt(stored, path)
}
