import { getTranslation } from '@payloadcms/translations'
import { ValidationError, type TypedLocale } from 'payload'

import { translate } from '@/i18n/messages'
import type { LocalizedField } from './localizedFields'
import { valuesAfterSave, type SaveArgs } from './saveLocales'
import { isBlank } from './valueAt'

/**
 * Refuses a publish that would leave a required localized field empty in the fallback locale,
 * whichever locale the save writes: readers of every other locale fall back to it. Payload
 * validates only the locale written, so a publish from the French view is checked here; in the
 * fallback locale itself Payload's own `required` check already answers. Drafts stay free.
 */
export async function refuseMissingFallback(
  args: SaveArgs,
  required: LocalizedField[],
  fallback: TypedLocale,
): Promise<void> {
  const { data, originalDoc, req } = args
  // A save without `_status` (not a draft save: Payload marks those) keeps a published document
  // published: it publishes as well.
  const publishes =
    data._status === 'published' ||
    (data._status === undefined && originalDoc?._status === 'published')
  if (!publishes || req.locale === fallback) return
  const valueOf = await valuesAfterSave(args, fallback)
  const missing = required.filter((field) => isBlank(valueOf(field.path)))
  if (missing.length === 0) return
  throw new ValidationError(
    {
      errors: missing.map((field) => ({
        path: field.path,
        message: translate(req, 'fallbackLocaleRequired', {
          field: getTranslation(field.label, req.i18n),
        }),
      })),
      req,
    },
    req.t,
  )
}
