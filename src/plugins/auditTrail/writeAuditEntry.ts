import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/constants/audit'
import { collectionSlugs } from '@/constants/slugs'

/** What one entry is about: a document of a collection, a global (which has no id), or neither. */
export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: number | string
  global?: string
  documentTitle?: string
  changedFields?: string[]
  userEmail?: string
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
  const what = [entry.global ?? entry.collection, entry.documentTitle ?? entry.documentId]
    .filter(Boolean)
    .join(' ')
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
      user: user?.id,
      userEmail: email,
      summary: `${entry.action} ${what}`.trim() + (email ? ` by ${email}` : ''),
    },
    overrideAccess: true, // the trail is written by the system; no user may write it
    depth: 0, // nothing reads the entry back: populating its user would cost a query per write
    req,
    context: { audit: false },
  })
}
