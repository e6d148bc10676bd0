import { initI18n } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { readerLanguage } from '@/i18n/readerLanguage'

/**
 * Payload picks the language of its messages from the admin's language cookie or
 * `Accept-Language`; `readerLanguage` adds that a client asking for French content (`?locale=fr`)
 * reads French errors too. The request's `t` is switched when the two differ.
 */
export async function answerInContentLanguage(req: PayloadRequest): Promise<void> {
  const language = readerLanguage(req.payload.config, req.headers, req.searchParams)
  if (req.i18n?.language === language) return
  req.i18n = await initI18n({ config: req.payload.config.i18n, context: 'api', language })
  req.t = req.i18n.t
}
