import type { CollectionSlug, GlobalSlug, PayloadRequest, TypedLocale } from 'payload'

import { requestOfItsOwn } from '@/utilities/requestOfItsOwn'

/** What a save is about: a collection document (with its id once it exists) or a global. */
export type SaveTarget =
  | { kind: 'collection'; slug: CollectionSlug; id?: number | string }
  | { kind: 'global'; slug: GlobalSlug }

/**
 * The latest saved text (draft included) of a document in one locale, without fallback: the
 * values that a publish would carry in that locale. `undefined` for a document not yet created.
 * Read in the save's transaction, on a request of its own: the Local API sets `req.locale` from
 * its argument, and the other documents of a bulk save share the save's request.
 */
export async function storedLocale(
  req: PayloadRequest,
  target: SaveTarget,
  locale: TypedLocale,
): Promise<Record<string, unknown> | undefined> {
  if (target.kind === 'collection' && target.id === undefined) return undefined
  // An internal read that decides a write, not an answer to the user: access was checked already.
  const read = {
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    req: requestOfItsOwn(req, ['locale', 'fallbackLocale']),
    overrideAccess: true,
  } as const
  const doc =
    target.kind === 'global'
      ? await req.payload.findGlobal({ slug: target.slug, ...read })
      : await req.payload.findByID({
          collection: target.slug,
          id: target.id!,
          disableErrors: true,
          ...read,
        })
  return doc ? { ...doc } : undefined
}
