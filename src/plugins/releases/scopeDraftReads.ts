import type { CollectionBeforeOperationHook, Where } from 'payload'

const and = (where: Where | undefined, extra: Where): Where =>
  where && Object.keys(where).length > 0 ? { and: [where, extra] } : extra

/**
 * A release preview (`req.context.previewScope`, set by the site for the release's preview link)
 * reads as drafts only the release's documents: a draft read of this collection is narrowed to
 * them, and when the release has none here, it reads the published documents only. The site
 * fills in the published version of every other document (src/site/data/read.ts), so the preview
 * shows the release's drafts and nobody else's.
 */
export const scopeDraftReads: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'read') return args
  const scope = req.context?.previewScope
  const read = args as { draft?: boolean; where?: Where }
  if (!Array.isArray(scope) || !read.draft) return args
  const prefix = `${collection.slug}:`
  const ids = scope.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
  if (ids.length === 0)
    return { ...args, draft: false, where: and(read.where, { _status: { equals: 'published' } }) }
  return { ...args, where: and(read.where, { id: { in: ids } }) }
}
