import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/constants/audit'
import { collectionSlugs } from '@/constants/slugs'
import { fillIn, messages } from '@/i18n/messages'

import type { FieldChange } from './readableChanges'
import { unaudited } from './unaudited'

/** What one entry is about: a document of a collection, a global (which has no id), or neither. */
export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: number | string
  global?: string
  documentTitle?: string
  changedFields?: string[]
  changes?: FieldChange[]
  userEmail?: string
}

/** The entry's title, stored in English; the admin shows it in the reader's language (AuditLog). */
function summaryOf(entry: AuditEntry, email: string | undefined): string {
  if (entry.action === 'login_failed')
    return fillIn(messages.en.auditFailedSignIn, { email: email ?? '?' })
  const what = [entry.global ?? entry.collection, entry.documentTitle ?? entry.documentId]
    .filter(Boolean)
    .join(' ')
  return `${entry.action} ${what}`.trim() + (email ? ` by ${email}` : '')
}

/**
 * Writes one entry. Pass `req` to join the operation's transaction (the entry then exists only if
 * the change does); leave it out for events whose operation failed, such as a refused login.
 */
export async function writeAuditEntry(
  payload: PayloadRequest['payload'],
  entry: AuditEntry,
  req?: PayloadRequest,
): Promise<void> {
  const user = req?.user?.collection === collectionSlugs.users ? req.user : undefined
  const email = entry.userEmail ?? user?.email
  await payload.create({
    collection: collectionSlugs.auditLog,
    data: {
      at: new Date().toISOString(),
      action: entry.action,
      collection: entry.collection,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      global: entry.global,
      documentTitle: entry.documentTitle,
      changedFields: entry.changedFields,
      changes: entry.changes,
      user: user?.id,
      userEmail: email,
      summary: summaryOf(entry, email),
    },
    overrideAccess: true, // the trail is written by the system; no user may write it
    depth: 0, // nothing reads the entry back: populating its user would cost a query per write
    ...(req ? unaudited(req) : { context: { audit: false } }),
  })
}
