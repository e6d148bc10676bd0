import type { CollectionSlug, FilterOptions, UploadField } from 'payload'

import { ownMediaOnly } from '@/access/ownMediaOnly'
import { collectionSlugs } from '@/constants/slugs'

type Label = { en: string; fr: string }

/**
 * What a secretariat may choose in an upload field of `collection`: its own organization's files,
 * and the file the document already has (chosen by communications, it can be kept as it is).
 * Payload applies the same rule to the admin's picker and to every save (a 400 on the field).
 */
const ownOrCurrentMedia =
  (collection: CollectionSlug, name: string): FilterOptions =>
  async ({ id, req }) => {
    const own = ownMediaOnly(req.user)
    if (!own) return true
    if (id === undefined) return own
    const stored = await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      select: { [name]: true },
      overrideAccess: true, // the value the document holds now, to let the secretariat keep it
      disableErrors: true,
      req,
    })
    const current = (stored as Record<string, unknown> | null)?.[name]
    return typeof current === 'number' ? { or: [own, { id: { equals: current } }] } : own
  }

/** An image or video from the media library, scoped for secretariats as above. */
export function mediaUpload(collection: CollectionSlug, name: string, label: Label): UploadField {
  return {
    name,
    type: 'upload',
    relationTo: collectionSlugs.media,
    label,
    filterOptions: ownOrCurrentMedia(collection, name),
  }
}
