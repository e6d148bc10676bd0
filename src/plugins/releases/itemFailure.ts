import type { Payload } from 'payload'

import { fillIn, messages, type MessageKey } from '@/i18n/messages'

/** Why one document of a release could not be published, in both languages of the team. */
export type ItemReason = { en: string; fr: string }

type FieldErrors = Array<{ path: string; label?: string }>

const both = (key: MessageKey, vars: Record<string, unknown> = {}): ItemReason => ({
  en: fillIn(messages.en[key], vars),
  fr: fillIn(messages.fr[key], vars),
})

/**
 * A validation error, whichever copy of Payload threw it: in production Next bundles its own
 * copy, so `instanceof` cannot tell (as in src/plugins/schedules/publishRefusal.ts).
 */
function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return undefined
  const data = (error as Error & { data?: { errors?: FieldErrors } }).data
  return Array.isArray(data?.errors) ? data.errors : undefined
}

/** A field's label in `language` from the collection's config, or its path. */
function fieldLabel(payload: Payload, collection: string, path: string, language: 'en' | 'fr') {
  const fields = payload.collections[collection as 'pages']?.config.flattenedFields ?? []
  const field = fields.find((f) => f.name === path.split('.')[0])
  const label = field && 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const labels = label as Record<string, string>
    return labels[language] ?? labels.en ?? path
  }
  return path
}

/** The reason, in English and French, that `error` stopped the publish of one document. */
export function itemReason(payload: Payload, collection: string, error: unknown): ItemReason {
  const fieldErrors = fieldErrorsOf(error)
  if (fieldErrors) {
    const fields = (language: 'en' | 'fr') =>
      [...new Set(fieldErrors.map((e) => fieldLabel(payload, collection, e.path, language)))].join(
        ', ',
      )
    return {
      en: fillIn(messages.en.releaseItemInvalid, { fields: fields('en') }),
      fr: fillIn(messages.fr.releaseItemInvalid, { fields: fields('fr') }),
    }
  }
  const name = error instanceof Error ? error.name : ''
  const status = (error as { status?: unknown } | null)?.status
  if (name === 'NotFound' || status === 404) return both('releaseItemMissing')
  if (name === 'Forbidden' || status === 403) return both('releaseItemForbidden')
  const message = error instanceof Error ? error.message : String(error)
  return both('releaseItemFailed', { message })
}

export const missingItem = (): ItemReason => both('releaseItemMissing')
