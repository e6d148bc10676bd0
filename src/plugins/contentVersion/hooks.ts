import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { moveWhenCommitted } from './afterCommit'

/** What these hooks read of a document: its status, when its collection or global has drafts. */
type WithStatus = TypeWithID & { _status?: 'draft' | 'published' | null }

/**
 * Saves that only write a draft version, per request, by collection or global slug. Payload tells
 * `beforeOperation` whether a save is a draft save (`draft: true`), but not `afterChange`, and the
 * documents alone cannot tell a draft save of a published document from an unpublish.
 */
const draftSaves = new WeakMap<PayloadRequest, Set<string>>()

function noteDraftSave(req: PayloadRequest, slug: string, draft: unknown): void {
  let saves = draftSaves.get(req)
  if (!saves) draftSaves.set(req, (saves = new Set()))
  if (draft === true) saves.add(slug)
  else saves.delete(slug)
}

/**
 * Whether a save may have changed what the public reads. Without drafts, every save does. With
 * drafts: a published result does (a publish, or a change to a published document); a draft save
 * never does (it writes a version, the published document stays); a draft created is not public;
 * any other save wrote the document as a draft, which is an unpublish (or the save of a document
 * never published, where the move is needless but harmless).
 */
function changesPublished(args: {
  drafts: boolean
  doc: WithStatus
  created: boolean
  draftSave: boolean
}): boolean {
  const { drafts, doc, created, draftSave } = args
  if (!drafts || doc._status === 'published') return true
  return !draftSave && !created
}

export const noteCollectionDraftSave: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID')
    noteDraftSave(req, collection.slug, 'draft' in args ? args.draft : undefined)
}

export const noteGlobalDraftSave: GlobalBeforeOperationHook = ({
  args,
  global,
  operation,
  req,
}) => {
  if (operation === 'update') noteDraftSave(req, global.slug, args?.draft)
}

export const moveOnCollectionChange: CollectionAfterChangeHook<WithStatus> = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const moves = changesPublished({
    drafts: hasDraftsEnabled(collection),
    doc,
    created: operation === 'create',
    draftSave: draftSaves.get(req)?.has(collection.slug) ?? false,
  })
  if (moves) await moveWhenCommitted(req)
  return doc
}

/** A deleted draft that was never published was never public either. */
export const moveOnCollectionDelete: CollectionAfterDeleteHook<WithStatus> = async ({
  collection,
  doc,
  req,
}) => {
  if (!hasDraftsEnabled(collection) || doc._status !== 'draft') await moveWhenCommitted(req)
  return doc
}

export const moveOnGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  const moves = changesPublished({
    drafts: hasDraftsEnabled(global),
    doc,
    created: false,
    draftSave: draftSaves.get(req)?.has(global.slug) ?? false,
  })
  if (moves) await moveWhenCommitted(req)
  return doc
}
