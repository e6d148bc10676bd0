import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import type { AuditAction } from '@/constants/audit'
import { documentTitle } from '@/utilities/documentTitle'
import { publishEventOf } from '../../hooks/publishEvent'
import { writeAuditEntry } from './writeAuditEntry'

const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'id',
  'review',
  'loginAttempts',
  'lockUntil',
  'sessions',
])

/** Top-level fields whose stored value differs between two versions of a document. */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys]
    .filter(
      (key) =>
        !IGNORED_FIELDS.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after[key]),
    )
    .sort()
}

/** Restores run the update hooks; this marks them so the entry says "restore". */
const markRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context.auditAction = 'restore'
  return args
}

const recordChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.seeding || context.audit === false) return doc
  const event = publishEventOf({ doc, previousDoc, operation, req })
  let action: AuditAction = operation === 'create' ? 'create' : 'update'
  if (req.context.auditAction === 'restore') action = 'restore'
  else if (event) action = event
  await writeAuditEntry(
    req.payload,
    {
      action,
      collection: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(doc),
      changedFields: changedFields(operation === 'create' ? undefined : previousDoc, doc),
    },
    req,
  )
  return doc
}

const recordDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context.seeding || context.audit === false) return doc
  await writeAuditEntry(
    req.payload,
    {
      action: 'delete',
      collection: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(doc),
    },
    req,
  )
  return doc
}

const recordLogin: CollectionAfterLoginHook = async ({ user, req, collection }) => {
  await writeAuditEntry(
    req.payload,
    { action: 'login', collection: collection.slug, documentId: user.id, userEmail: user.email },
    req,
  )
  return user
}

/** A refused login fails its operation, so its entry is written outside the operation's transaction. */
const recordFailedLogin: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  const refused = ['AuthenticationError', 'LockedAuth'].includes(error.name)
  if (!refused || !req.url?.includes('/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email : undefined
  await writeAuditEntry(req.payload, {
    action: 'login_failed',
    collection: collection?.slug,
    userEmail: email,
    documentTitle: error.name,
  })
}

/** Adds the audit trail's hooks to a collection (and, for an auth collection, its logins). */
export function withAuditTrail(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const withLogins =
    collection.auth &&
    !(typeof collection.auth === 'object' && collection.auth.disableLocalStrategy)
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), markRestore],
      afterChange: [...(hooks.afterChange ?? []), recordChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordDelete],
      ...(withLogins
        ? {
            afterLogin: [...(hooks.afterLogin ?? []), recordLogin],
            afterError: [...(hooks.afterError ?? []), recordFailedLogin],
          }
        : {}),
    },
  }
}
