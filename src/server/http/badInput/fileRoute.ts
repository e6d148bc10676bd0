import type { CollectionSlug, Payload, Where } from 'payload'

/** `/api/<upload collection>/file/<name>`: the collection's slug and the file's name. */
export function fileRoute(
  payload: Payload,
  segments: string[],
): { slug: string; filename: string } | undefined {
  const [slug, file, filename, ...rest] = segments
  if (file !== 'file' || filename === undefined || rest.length) return undefined
  const collection = payload.config.collections.find((config) => config.slug === slug)
  return collection?.upload ? { slug, filename } : undefined
}

/**
 * Whether a document of the collection holds that file, as original or as one of its sizes.
 * Payload answers a name it has no file for with a 500 ("missing on the disk"); names no upload
 * can have (a leading dot, path parts, control characters) are not looked up at all.
 */
export async function fileExists(payload: Payload, slug: string, filename: string) {
  if (/^\.|[/\\\u0000-\u001f]/.test(filename) || filename.length > 255) return false
  const collection = payload.config.collections.find((config) => config.slug === slug)
  const sizes =
    collection?.upload && typeof collection.upload === 'object'
      ? (collection.upload.imageSizes ?? [])
      : []
  const where: Where = {
    or: [
      { filename: { equals: filename } },
      ...sizes.map((size) => ({ [`sizes.${size.name}.filename`]: { equals: filename } })),
    ],
  }
  // Existence only: whether the reader may see the file is still Payload's decision.
  const { totalDocs } = await payload.count({
    collection: slug as CollectionSlug,
    where,
    overrideAccess: true,
  })
  return totalDocs > 0
}
