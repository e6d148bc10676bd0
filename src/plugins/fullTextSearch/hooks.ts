import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { indexDocument, unindexDocument } from './indexDocument'
import { isSearched } from './searchedFields'

/** Draft saves, per request and collection: they write a version only, never what readers see. */
const draftSaves = new WeakMap<PayloadRequest, Set<string>>()

export const noteDraftSave: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return
  let saves = draftSaves.get(req)
  if (!saves) draftSaves.set(req, (saves = new Set()))
  if ('draft' in args && args.draft === true) saves.add(collection.slug)
  else saves.delete(collection.slug)
}

/** A publish, a change to a published document or an unpublish, reflected at once in the index. */
export const indexOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearched(collection.slug) || draftSaves.get(req)?.has(collection.slug)) return doc
  await indexDocument(req.payload, collection.slug, doc.id, req)
  return doc
}

export const unindexOnDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (isSearched(collection.slug)) await unindexDocument(req.payload, collection.slug, id, req)
}
