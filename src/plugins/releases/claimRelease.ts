import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { Release } from '@/payload-types'

/**
 * The release as it stands for this transaction, after taking it for the transaction's length.
 *
 * The first write of the transaction is to the release's own row: on PostgreSQL it holds the row
 * lock, so a second publisher (a job run twice, two workers, a click during a schedule) waits here
 * until the first commits, and the read that follows (read committed) sees the first one's status;
 * on SQLite the transaction already holds the database's one write lock (`BEGIN IMMEDIATE`). The
 * caller checks the status it reads, so a release is published (or rolled back) once.
 */
export async function claimRelease(
  payload: Payload,
  id: number,
  req: PayloadRequest,
): Promise<Release | null> {
  const touched = await payload.db.updateOne({
    collection: collectionSlugs.releases,
    id,
    data: { updatedAt: new Date().toISOString() },
    req,
  })
  if (!touched) return null
  return payload.findByID({
    collection: collectionSlugs.releases,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // the caller checked who may act on it
    req,
  })
}
