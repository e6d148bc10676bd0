import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { Release } from '@/payload-types'

import { claimRelease } from './claimRelease'
import { requestAs, type ActAs } from './publishRelease'

export type RollbackOutcome =
  | { outcome: 'rolled-back'; release: Release }
  | { outcome: 'unchanged'; release: Release }
  | { outcome: 'notFound' }

/**
 * Puts every document of a published release back as it was before, in one transaction: the
 * version that was live then is restored and published again (Payload's restore, as the history
 * view does), and a document that was not published then is unpublished. As `user`, so the rules
 * of restoring and unpublishing apply. A failure rolls everything back and is thrown.
 */
export async function rollbackRelease(
  payload: Payload,
  id: number,
  as: ActAs,
): Promise<RollbackOutcome> {
  const req = await requestAs(payload, as)
  await initTransaction(req)
  const access = { user: as.user ?? undefined, overrideAccess: as.user === null, depth: 0, req }
  try {
    const release = await claimRelease(payload, id, req)
    if (!release) {
      await killTransaction(req)
      return { outcome: 'notFound' }
    }
    if (release.status !== 'published') {
      await killTransaction(req)
      return { outcome: 'unchanged', release }
    }
    for (const result of release.results ?? []) {
      // Each document's hooks start from a clean context, as in a restore of its own.
      req.context = {}
      const collection = result.relationTo as CollectionSlug
      if (result.previousVersion)
        await payload.restoreVersion({ collection, id: result.previousVersion, ...access })
      else
        await payload.update({
          collection,
          id: result.value,
          data: { _status: 'draft' },
          draft: false,
          ...access,
        })
    }
    // A restore leaves `isRestoringVersion` on the context, which would change how this save reads.
    req.context = {}
    const rolledBack = await payload.update({
      collection: collectionSlugs.releases,
      id,
      data: { status: 'rolled-back' },
      depth: 0,
      overrideAccess: true, // the system records the outcome; the caller's right was checked
      req,
    })
    await commitTransaction(req)
    return { outcome: 'rolled-back', release: rolledBack }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
