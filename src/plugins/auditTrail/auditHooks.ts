import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  DataFromCollectionSlug,
  FlattenedField,
  GlobalAfterChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { AuditAction } from '@/constants/audit'
import { documentTitle } from '@/utilities/documentTitle'
import { publishEventOnce } from '../shared/publishEventOnce'
import { readableChanges } from './readableChanges'
import { writeAuditEntry } from './writeAuditEntry'

/** Any document of any collection, as the generated types describe it. */
type AnyDocument = DataFromCollectionSlug<CollectionSlug>

const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'id',
  'globalType',
  'review',
  'loginAttempts',
  'lockUntil',
  'sessions',
])

/** A document's own top-level fields by name. */
const fieldsOf = (doc: object | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc ?? {}))

/** A relation's value as its id (or ids): populated on one side and not on the other is no change. */
const idsOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(idsOf)
    : value && typeof value === 'object' && 'id' in value
      ? (value as { id: unknown }).id
      : value

/** Names of the top-level relationship and upload fields of a collection or global. */
export const relationFieldsOf = (fields: FlattenedField[]): Set<string> =>
  new Set(
    fields
      .filter((field) => field.type === 'relationship' || field.type === 'upload')
      .map((field) => field.name),
  )

/** Top-level fields whose stored value differs between two versions of a document or global. */
export function changedFields(
  before: object | undefined,
  after: object,
  relations: Set<string> = new Set(),
): string[] {
  const previous = fieldsOf(before)
  const next = fieldsOf(after)
  // Absent and null are both "no value" (a field added later is absent from older versions).
  const comparable = (key: string, value: unknown) =>
    JSON.stringify(relations.has(key) ? idsOf(value ?? null) : (value ?? null))
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)])
  return [...keys]
    .filter(
      (key) =>
        !IGNORED_FIELDS.has(key) && comparable(key, previous[key]) !== comparable(key, next[key]),
    )
    .sort()
}

/** What a save did: a restore (see markRestore), a publish or unpublish, or else a create or update. */
function actionOf(args: Parameters<typeof publishEventOnce>[0], req: PayloadRequest): AuditAction {
  if (req.context.auditAction === 'restore') return 'restore'
  return publishEventOnce(args) ?? args.operation
}

/** Restores run the update hooks; this marks them so the entry says "restore". */
const markRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context.auditAction = 'restore'
  return args
}

const markGlobalRestore: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context.auditAction = 'restore'
  return args
}

const recordChange: CollectionAfterChangeHook<AnyDocument> = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.seeding || context.audit === false) return doc
  const before = operation === 'create' ? undefined : previousDoc
  const changed = changedFields(before, doc, relationFieldsOf(collection.flattenedFields))
  await writeAuditEntry(
    req.payload,
    {
      action: actionOf({ doc, previousDoc, operation, req }, req),
      collection: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(fieldsOf(doc)),
      changedFields: changed,
      changes: readableChanges(changed, fieldsOf(before), fieldsOf(doc)),
    },
    req,
  )
  return doc
}

/** A global is only ever updated: its entry names the global, who changed it and which fields. */
const recordGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  global,
  context,
}) => {
  if (context.seeding || context.audit === false) return doc
  const changed = changedFields(previousDoc, doc, relationFieldsOf(global.flattenedFields))
  await writeAuditEntry(
    req.payload,
    {
      action: actionOf({ doc, previousDoc, operation: 'update', req }, req),
      global: global.slug,
      changedFields: changed,
      changes: readableChanges(changed, fieldsOf(previousDoc), fieldsOf(doc)),
    },
    req,
  )
  return doc
}

const recordDelete: CollectionAfterDeleteHook<AnyDocument> = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (context.seeding || context.audit === false) return doc
  await writeAuditEntry(
    req.payload,
    {
      action: 'delete',
      collection: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(fieldsOf(doc)),
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
  // The entry's title says it in words (writeAuditEntry), not the error's class name.
  await writeAuditEntry(req.payload, {
    action: 'login_failed',
    collection: collection?.slug,
    userEmail: email,
  })
}

export const collectionAuditHooks = {
  beforeOperation: [markRestore],
  afterChange: [recordChange],
  afterDelete: [recordDelete],
}

/** For a collection whose users sign in with a password. */
export const loginAuditHooks = {
  afterLogin: [recordLogin],
  afterError: [recordFailedLogin],
}

export const globalAuditHooks = {
  beforeOperation: [markGlobalRestore],
  afterChange: [recordGlobalChange],
}
