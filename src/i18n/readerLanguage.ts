import type { AcceptedLanguages } from '@payloadcms/translations'
import { getRequestLanguage, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

/**
 * The language a reader's messages are written in, decided here for every part that answers:
 * Payload's hooks (src/plugins/strictWrites), the GraphQL input errors and the REST query checks
 * that run before Payload (src/server). A client that asks for French content (`?locale=fr`)
 * reads French errors; otherwise Payload's own rule: the admin's language cookie, then
 * `Accept-Language`, then English. `?locale=en` does not make a French admin read English: the
 * admin asks for the locale being edited, not for the language it speaks; and a person who chose
 * the admin's language (the `payload-lng` cookie) reads that language whichever locale is edited.
 */
export function readerLanguage(
  config: SanitizedConfig,
  headers: Headers,
  searchParams?: URLSearchParams,
): AcceptedLanguages {
  const cookies = parseCookies(headers)
  const chosen = cookies.get(`${config.cookiePrefix || 'payload'}-lng`)
  if (!chosen && searchParams?.get('locale')?.startsWith('fr')) return 'fr'
  return getRequestLanguage({ config, cookies, headers })
}
