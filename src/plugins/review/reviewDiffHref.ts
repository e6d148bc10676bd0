import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

/**
 * The admin's version comparison of a document's latest draft with its published version
 * (Payload's version view, `?versionFrom=` the published one), as `user` may read them; undefined
 * when there is no draft newer than what is published.
 */
export async function reviewDiffHref(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  user: TypedUser,
): Promise<string | undefined> {
  const latest = async (where: Where[]) => {
    const found = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, ...where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    })
    return found.docs[0]
  }
  const [draft, published] = await Promise.all([
    latest([]),
    latest([{ 'version._status': { equals: 'published' } }]),
  ])
  if (!draft || draft.id === published?.id) return undefined
  const from = published ? `?versionFrom=${published.id}` : ''
  return `${payload.config.routes.admin}/collections/${collection}/${id}/versions/${draft.id}${from}`
}
