import { extractHeaderLanguage } from '@payloadcms/translations'

/** The admin's interface languages (`i18n.supportedLanguages`), which are also the content locales. */
export const adminLanguages = ['en', 'fr'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

const isAdminLanguage = (code: string | undefined): code is AdminLanguage =>
  adminLanguages.some((language) => language === code)

/**
 * The language the admin speaks to this person, by Payload's own rule (`getRequestLanguage`): the
 * language chosen in the account (the `payload-lng` cookie), then the browser's `Accept-Language`,
 * then English. Written without the config so that the request proxy can use it.
 */
export function adminLanguageOf(
  languageCookie: string | undefined,
  acceptLanguage: string | null,
): AdminLanguage {
  if (isAdminLanguage(languageCookie)) return languageCookie
  const fromHeader = acceptLanguage ? extractHeaderLanguage(acceptLanguage) : undefined
  return isAdminLanguage(fromHeader) ? fromHeader : 'en'
}
