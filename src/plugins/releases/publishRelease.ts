import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { Release } from '@/payload-types'

import { claimRelease } from './claimRelease'
import { itemReason, type ItemReason } from './itemFailure'
import { itemsOf, liveVersionOf, type ReleaseItem } from './items'
import { isPublishable } from './statuses'

export type PublishOutcome =
  /** Every document went live in one commit. */
  | { outcome: 'published'; release: Release }
  /** Nothing went live; `release.results` gives the reason per document. */
  | { outcome: 'failed'; release: Release }
  /** Not publishable (already published, rolled back, unscheduled…): nothing was done. */
  | { outcome: 'unchanged'; release: Release }
  | { outcome: 'notFound' }

export type ActAs = {
  /** Who publishes: every rule of a single publish applies to them; null is the system. */
  user: TypedUser | null
  /** The language of the caller, for the errors Payload writes. */
  i18n?: PayloadRequest['i18n']
}

type Result = NonNullable<Release['results']>[number]

/** A request of its own for the transaction, as `user` (Payload's Local API way). */
export const requestAs = (payload: Payload, { user, i18n }: ActAs): Promise<PayloadRequest> =>
  createLocalReq({ user: user ?? undefined, req: i18n ? { i18n } : {} }, payload)

/** Publishes the latest draft of one document, as `user`, in the request's transaction. */
async function publishItem(payload: Payload, item: ReleaseItem, req: PayloadRequest, user: ActAs) {
  await payload.update({
    collection: item.relationTo,
    id: item.value,
    data: { _status: 'published' },
    draft: false,
    depth: 0,
    // As the publish button does: the user's access and every publishing rule apply.
    user: user.user ?? undefined,
    overrideAccess: user.user === null,
    req,
  })
}

/** Why each document would fail, each tried alone in a transaction that is always rolled back. */
export async function reasonsOf(
  payload: Payload,
  items: ReleaseItem[],
  as: ActAs,
): Promise<Array<ItemReason | null>> {
  const reasons: Array<ItemReason | null> = []
  for (const item of items) {
    const req = await requestAs(payload, as)
    await initTransaction(req)
    try {
      await publishItem(payload, item, req, as)
      reasons.push(null)
    } catch (error) {
      reasons.push(itemReason(payload, item.relationTo, error))
    } finally {
      await killTransaction(req)
    }
  }
  return reasons
}

/**
 * Publishes every document of a release in one database transaction, or none: each item's latest
 * draft is published through the Local API with the same `req` (so every write, and every hook's
 * write, the audit entries and the webhook deliveries included, joins the transaction), as the
 * publishing user, so the rules of a single publish apply (publishing rule, review state,
 * required fields in English, relation checks). The content version moves once, after the commit
 * (src/plugins/contentVersion/afterCommit.ts), so no cached answer mixes old and new.
 *
 * The version live before is kept per item for the rollback. When an item fails, the transaction
 * is rolled back and the release marked `failed` with each document's reason (English, French).
 * `onlyIf` limits which statuses are published (the scheduled job asks for `scheduled` only).
 */
export async function publishRelease(
  payload: Payload,
  id: number,
  as: ActAs,
  onlyIf: (status: Release['status']) => boolean = isPublishable,
): Promise<PublishOutcome> {
  const req = await requestAs(payload, as)
  await initTransaction(req)
  let items: ReleaseItem[] = []
  let release: Release | null = null
  let caught: unknown
  try {
    release = await claimRelease(payload, id, req)
    if (!release) {
      await killTransaction(req)
      return { outcome: 'notFound' }
    }
    if (!onlyIf(release.status) || !isPublishable(release.status)) {
      await killTransaction(req)
      return { outcome: 'unchanged', release }
    }
    items = itemsOf(release)
    const results: Result[] = []
    for (const item of items) {
      // Each document's hooks start from a clean context, as in a publish of its own.
      req.context = {}
      const previousVersion = await liveVersionOf(payload, item, req)
      await publishItem(payload, item, req, as)
      results.push({ relationTo: item.relationTo, value: String(item.value), previousVersion })
    }
    req.context = {}
    const published = await payload.update({
      collection: collectionSlugs.releases,
      id,
      data: {
        status: 'published',
        publishedAt: new Date().toISOString(),
        publishedBy: as.user?.collection === collectionSlugs.users ? Number(as.user.id) : null,
        job: null,
        results,
      },
      depth: 0,
      overrideAccess: true, // the system records the outcome; the caller's right was checked
      req,
    })
    await commitTransaction(req)
    return { outcome: 'published', release: published }
  } catch (error) {
    await killTransaction(req)
    if (!release) throw error
    caught = error
  }
  const reasons: Array<ItemReason | null> = await reasonsOf(payload, items, as)
  // Each alone would pass, together they did not (e.g. a change in between): say what stopped them.
  if (!reasons.some(Boolean) && items.length > 0)
    reasons[0] = itemReason(payload, items[0].relationTo, caught)
  const failed = await payload.update({
    collection: collectionSlugs.releases,
    id,
    data: {
      status: 'failed',
      job: null,
      results: items.map((item, i) => ({
        relationTo: item.relationTo,
        value: String(item.value),
        reasonEn: reasons[i]?.en ?? null,
        reasonFr: reasons[i]?.fr ?? null,
      })),
    },
    depth: 0,
    overrideAccess: true, // as above
    req: await requestAs(payload, as),
  })
  return { outcome: 'failed', release: failed }
}
