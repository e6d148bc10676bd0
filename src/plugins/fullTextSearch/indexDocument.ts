import type { Payload, PayloadRequest } from 'payload'

import { documentRows } from './documentRows'
import type { SearchedSlug } from './searchedFields'
import { searchStore, sqlRunner } from './sqlRunner'
import { requestOfItsOwn } from '@/utilities/requestOfItsOwn'

/**
 * Brings the index in line with a document's published state, in `req`'s transaction: its rows
 * rewritten when it is published, removed when it is not (a draft, unpublished, trashed or gone).
 */
export async function indexDocument(
  payload: Payload,
  collection: SearchedSlug,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const store = searchStore(payload)
  if (!store) return
  // The published document as readers get it: the main table, every locale, no relations.
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    draft: false,
    limit: 1,
    pagination: false,
    overrideAccess: true, // the index holds only published documents, which anyone may read
    // Its own locale: the Local API sets `req.locale`, which other saves of the request read.
    req: req && requestOfItsOwn(req as PayloadRequest, ['locale', 'fallbackLocale']),
  })
  const db = await sqlRunner(payload, req)
  const [doc] = docs
  if (doc && !('deletedAt' in doc && doc.deletedAt))
    await store.replace(db, collection, String(id), documentRows(payload, collection, doc))
  else await store.remove(db, collection, String(id))
}

export async function unindexDocument(
  payload: Payload,
  collection: SearchedSlug,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const store = searchStore(payload)
  if (store) await store.remove(await sqlRunner(payload, req), collection, String(id))
}
