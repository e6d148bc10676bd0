import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { documentRows } from './documentRows'
import { searchedSlugs } from './searchedFields'
import { searchStore, sqlRunner } from './sqlRunner'

const BATCH = 100

/**
 * Empties the index and indexes every published document again, in one transaction (readers see
 * the old index until it commits). `progress` is told after every batch.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  progress: (done: number, total: number, collection: string) => void = () => undefined,
): Promise<number> {
  const store = searchStore(payload)
  if (!store) return 0
  const published = { _status: { equals: 'published' } } as const
  const counts = await Promise.all(
    searchedSlugs.map(
      async (collection) => (await payload.count({ collection, where: published })).totalDocs,
    ),
  )
  const total = counts.reduce((a, b) => a + b, 0)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await sqlRunner(payload, req)
    await store.clear(db)
    let done = 0
    for (const collection of searchedSlugs) {
      for (let page = 1; ; page++) {
        const { docs, hasNextPage } = await payload.find({
          collection,
          where: published,
          locale: 'all',
          depth: 0,
          draft: false,
          limit: BATCH,
          page,
          sort: 'id',
          overrideAccess: true, // published documents only, which anyone may read
          req,
        })
        for (const doc of docs)
          await store.replace(
            db,
            collection,
            String(doc.id),
            documentRows(payload, collection, doc),
          )
        done += docs.length
        progress(done, total, collection)
        if (!hasNextPage) break
      }
    }
    await commitTransaction(req)
    return done
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
