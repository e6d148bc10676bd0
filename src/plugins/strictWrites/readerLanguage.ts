import { initI18n } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

/**
 * Payload picks the language of its messages from the admin's language cookie or
 * `Accept-Language`; a client that asks for French content (`?locale=fr`) reads French errors too.
 */
export async function answerInContentLanguage(req: PayloadRequest): Promise<void> {
  const asked = req.query?.locale
  if (typeof asked !== 'string' || !asked.startsWith('fr') || req.i18n?.language === 'fr') return
  req.i18n = await initI18n({ config: req.payload.config.i18n, context: 'api', language: 'fr' })
  req.t = req.i18n.t
}
