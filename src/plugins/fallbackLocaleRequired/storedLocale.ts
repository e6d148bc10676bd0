import type { CollectionSlug, GlobalSlug, PayloadRequest, TypedLocale } from 'payload'

/** What a save is about: a collection document (with its id once it exists) or a global. */
export type SaveTarget =
  | { kind: 'collection'; slug: CollectionSlug; id?: number | string }
  | { kind: 'global'; slug: GlobalSlug }

/**
 * The latest saved text (draft included) of a document in one locale, without fallback: the
 * values that a publish would carry in that locale. `undefined` for a document not yet created.
 * Read with the save's `req` (same transaction); the Local API sets `req.locale` from its
 * argument, so the save's own locale is put back afterwards.
 */
export async function storedLocale(
  req: PayloadRequest,
  target: SaveTarget,
  locale: TypedLocale,
): Promise<Record<string, unknown> | undefined> {
  if (target.kind === 'collection' && target.id === undefined) return undefined
  const { locale: saveLocale, fallbackLocale: saveFallback } = req
  // An internal read that decides a write, not an answer to the user: access was checked already.
  const read = {
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
  } as const
  try {
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
  } finally {
    req.locale = saveLocale
    req.fallbackLocale = saveFallback
  }
}
