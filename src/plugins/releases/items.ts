import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Release } from '@/payload-types'

/** One document of a release, by collection and id, whatever depth it was read at. */
export type ReleaseItem = { relationTo: CollectionSlug; value: number | string }

export function itemsOf(release: Pick<Release, 'items'>): ReleaseItem[] {
  return (release.items ?? []).map(({ relationTo, value }) => ({
    relationTo: relationTo as CollectionSlug,
    value: typeof value === 'object' && value !== null ? value.id : value,
  }))
}

/**
 * The version that is live now, if the document is published: the newest published version (a
 * draft saved since is newer, but not live). `null` when the document is not published.
 */
export async function liveVersionOf(
  payload: Payload,
  item: ReleaseItem,
  req: PayloadRequest,
): Promise<string | null> {
  const live = await payload.findByID({
    collection: item.relationTo,
    id: item.value,
    depth: 0,
    draft: false,
    disableErrors: true,
    overrideAccess: true, // the release's own record of what was live; the publish checks access
    req,
  })
  if (!live || (live as { _status?: unknown })._status !== 'published') return null
  const { docs } = await payload.findVersions({
    collection: item.relationTo,
    where: {
      and: [{ parent: { equals: item.value } }, { 'version._status': { equals: 'published' } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true, // as above
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}
