import type { TypedLocale } from 'payload'

import type { LocalizedField } from './localizedFields'
import { valuesAfterSave, type SaveArgs } from './saveLocales'
import { isBlank } from './valueAt'

/** The stored fields that say what a reader of the translated locale misses. */
export const incompleteFieldNames = {
  incomplete: 'frenchIncomplete',
  missing: 'frenchMissing',
} as const

/** A select option's value for a field path (`seo.title` → `seo_title`): a GraphQL enum name. */
export const optionValue = (path: string) => path.replace(/\./g, '_')

/**
 * Works out, on every save, which reader texts have a value in the fallback locale and none in
 * the translated one, and stores the answer on the document (a flag and the list of fields), so
 * that the list can show it as a column and filter on it.
 */
export async function markTranslationIncomplete(
  args: SaveArgs,
  texts: LocalizedField[],
  locales: { fallback: TypedLocale; translated: TypedLocale },
): Promise<void> {
  const fallback = await valuesAfterSave(args, locales.fallback)
  const translated = await valuesAfterSave(args, locales.translated)
  const missing = texts.filter(
    (field) => !isBlank(fallback(field.path)) && isBlank(translated(field.path)),
  )
  args.data[incompleteFieldNames.incomplete] = missing.length > 0
  args.data[incompleteFieldNames.missing] = missing.map((field) => optionValue(field.path))
}
