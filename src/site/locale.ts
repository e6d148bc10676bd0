import { notFound } from 'next/navigation'

import { isLocale, type Locale } from './i18n'

export type LocaleParams = { locale: string }

/** The locale of a route, or a 404 for any segment that is not `en` or `fr`. */
export async function localeOf(params: Promise<LocaleParams>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
