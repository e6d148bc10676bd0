/** The arguments of a write operation that decide whether it publishes (Payload 3.90's names). */
export type WriteArgs = {
  data?: unknown
  draft?: boolean
  duplicateFromID?: unknown
  publishAllLocales?: boolean
  publishSpecificLocale?: string
  unpublishAllLocales?: boolean
}

export type WriteOperation = 'create' | 'update' | 'restoreVersion'

const statusOf = (data: unknown): unknown =>
  data && typeof data === 'object' ? (data as { _status?: unknown })._status : undefined

/**
 * True when the write can only leave a draft behind and never touches what is published.
 *
 * Updates and restores must be draft saves (`draft: true`): without it Payload writes the main
 * document, i.e. the published one, whatever `_status` says (a `_status: 'draft'` unpublishes it).
 * With `draft: true` Payload still publishes when the data says `_status: 'published'`. A create
 * without `draft` is harmless when it stores a draft (the field's default), but a duplicate copies
 * the source's `_status`, so it must be a draft save too.
 */
export function writesOnlyDrafts(operation: WriteOperation, args: WriteArgs): boolean {
  const status = statusOf(args.data)
  if (status !== undefined && status !== 'draft') return false
  if (args.publishAllLocales || args.publishSpecificLocale || args.unpublishAllLocales) return false
  if (operation === 'create' && (args.duplicateFromID ?? null) === null) return true
  return args.draft === true
}
