import type { PayloadRequest, TypedLocale } from 'payload'

import { storedLocale, type SaveTarget } from './storedLocale'
import { valueAt } from './valueAt'

export type SaveArgs = {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  target: SaveTarget
}

/** Stored locales already read for a save, by the save's data object (one per document saved). */
const readForSave = new WeakMap<object, Map<string, ReturnType<typeof storedLocale>>>()

/** The stored text of one locale, read once per save however many rules ask. */
function storedOnce({ data, req, target }: SaveArgs, locale: TypedLocale) {
  const read = readForSave.get(data) ?? new Map<string, ReturnType<typeof storedLocale>>()
  readForSave.set(data, read)
  const known = read.get(locale)
  if (known) return known
  const reading = storedLocale(req, target, locale)
  read.set(locale, reading)
  return reading
}

/** Reads a field's value in one locale: `(path) => value`. */
export type LocaleValues = (path: string) => unknown

/**
 * The values a save leaves in `locale`: in the locale being written, the incoming data over the
 * document as it was; in another locale, the latest stored text (a save writes one locale only,
 * or every locale at once with `locale=all`).
 */
export async function valuesAfterSave(args: SaveArgs, locale: TypedLocale): Promise<LocaleValues> {
  const { data, originalDoc, req } = args
  if (req.locale === locale) {
    return (path) => {
      const incoming = valueAt(data, path)
      return incoming !== undefined ? incoming : valueAt(originalDoc, path)
    }
  }
  const stored = await storedOnce(args, locale)
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
