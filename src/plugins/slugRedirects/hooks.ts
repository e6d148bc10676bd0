import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs, type RedirectedCollectionSlug } from '@/constants/slugs'
import { sitePathOf } from './sitePath'

type Slugged = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * The published slug of each document a request updates, read before the write. Payload's
 * `previousDoc` is the latest version, which may be a draft that already carries the new slug;
 * the document row itself holds what the public reads until a publish.
 */
const publishedSlugs = new WeakMap<PayloadRequest, Map<string, string | null>>()
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

export const rememberPublishedSlug: CollectionBeforeChangeHook<Slugged> = async ({
  collection,
  operation,
  originalDoc,
  req,
  data,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const stored = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })) as Slugged | null
  let slugs = publishedSlugs.get(req)
  if (!slugs) publishedSlugs.set(req, (slugs = new Map()))
  const published = stored?._status === 'published' && stored.slug ? stored.slug : null
  slugs.set(keyOf(collection.slug, originalDoc.id), published)
  return data
}

/**
 * When a published document's address changes (a publish with a new slug), its old address
 * becomes a redirect to the document, by reference, so later renames carry it along; a redirect
 * from its new address is removed (renaming back is no loop). Drafts change no address.
 */
export const redirectOldSlug: CollectionAfterChangeHook<Slugged> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc._status !== 'published' || !doc.slug) return doc
  const key = keyOf(collection.slug, doc.id)
  const before = publishedSlugs.get(req)?.get(key) ?? null
  publishedSlugs.get(req)?.delete(key)
  if (before === doc.slug) return doc
  const pathOf = sitePathOf[collection.slug as RedirectedCollectionSlug]
  // System writes, joined to the change's transaction: the table is internal.
  await req.payload.delete({
    collection: collectionSlugs.redirects,
    where: { from: { equals: pathOf(doc.slug) } },
    overrideAccess: true,
    req,
  })
  if (before === null) return doc
  const from = pathOf(before)
  const to = {
    type: 'reference' as const,
    reference: { relationTo: collection.slug as RedirectedCollectionSlug, value: doc.id },
  }
  const existing = await req.payload.find({
    collection: collectionSlugs.redirects,
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0])
    await req.payload.update({
      collection: collectionSlugs.redirects,
      id: existing.docs[0].id,
      data: { to },
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: collectionSlugs.redirects,
      data: { from, to },
      overrideAccess: true,
      req,
    })
  return doc
}
