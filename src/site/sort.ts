import { type Locale, localeTags } from './i18n'

/**
 * Names in the reader's alphabetical order: accents and case do not push "Écotech" or "BMO"
 * away from their neighbours, as a database's binary sort would.
 */
export const byName =
  (locale: Locale) =>
  (a: { name: string }, b: { name: string }): number =>
    new Intl.Collator(localeTags[locale], { sensitivity: 'base' }).compare(a.name, b.name)
