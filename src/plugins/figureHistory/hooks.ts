import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { publishEventOnce } from '../shared/publishEventOnce'
import { FIGURE_HISTORY_FIELD } from './field'
import { historyAfterPublish, type FigureHistory, type StoredFigure } from './series'

/** The published row of a document, every locale: what the public reads until the next publish. */
type StoredDocument = {
  id: number | string
  _status?: 'draft' | 'published' | null
  keyFigures?: StoredFigure[] | null
  figureHistory?: FigureHistory | null
}

const storedDocument = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) =>
  (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })) as StoredDocument | null

/** The document row as it was before this request's writes, by collection and id. */
const storedBefore = new WeakMap<PayloadRequest, Map<string, StoredDocument | null>>()
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * The history is the server's: whatever a write carries (a forged history, a draft's stale copy,
 * a restored version's) is replaced by the stored one. The document row is read before the write
 * for `recordPublishedFigures`: Payload's `originalDoc` is the latest version, maybe a draft.
 */
export const keepStoredHistory: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) {
    data[FIGURE_HISTORY_FIELD] = null
    return data
  }
  const stored = await storedDocument(req, collection.slug, originalDoc.id)
  let known = storedBefore.get(req)
  if (!known) storedBefore.set(req, (known = new Map()))
  known.set(keyOf(collection.slug, originalDoc.id), stored)
  data[FIGURE_HISTORY_FIELD] = stored?.figureHistory ?? null
  return data
}

/**
 * A publish records each figure whose value, unit, year or source (in any language) is new
 * (src/plugins/figureHistory/series.ts). Draft saves record nothing: history holds only values
 * the public could read. Written to the document row alone, in the save's transaction.
 */
export const recordPublishedFigures: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const key = keyOf(collection.slug, doc.id)
  const before = storedBefore.get(req)?.get(key) ?? null
  storedBefore.get(req)?.delete(key)
  if (publishEventOnce({ doc, previousDoc, operation, req }) !== 'publish') return doc
  const published = await storedDocument(req, collection.slug, doc.id)
  if (!published) return doc
  const history = historyAfterPublish({
    before: before?.figureHistory ?? null,
    previous: before?._status === 'published' ? (before.keyFigures ?? []) : null,
    published: published.keyFigures ?? [],
    now: new Date().toISOString(),
  })
  if (JSON.stringify(history) === JSON.stringify(published.figureHistory ?? null)) return doc
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { [FIGURE_HISTORY_FIELD]: history },
    req,
    returning: false,
  })
  return doc
}
