import type { Access, CollectionConfig, Where } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { mediaInPublishedUse } from '@/utilities/publishedMediaUse'
import { anyone } from './anyone'
import { isEditorUser } from './isEditor'
import { isSecretariatUser } from './isSecretariat'
import { organizationOf } from './roles'

/**
 * A secretariat changes or deletes only its own organization's files that no published document
 * shows. Media has no drafts: replacing a file that a published page shows would change the live
 * site without review, so once a file is live the secretariat uploads a new one and chooses it in
 * its draft, which communications reviews and publishes.
 */
const ownUnpublishedMedia: Access = async ({ req, id }) => {
  const { user } = req
  if (isEditorUser(user)) return true
  const organization = organizationOf(user)
  if (!isSecretariatUser(user) || organization === undefined) return false
  const own: Where = { organization: { equals: organization } }
  const candidates =
    id !== undefined
      ? [Number(id)].filter(Number.isSafeInteger)
      : (
          await req.payload.find({
            collection: collectionSlugs.media,
            where: own,
            select: {},
            depth: 0,
            pagination: false,
            overrideAccess: true, // the secretariat's own files, to exclude those that are live
            req,
          })
        ).docs.map((doc) => doc.id)
  const live = await mediaInPublishedUse(req, candidates)
  return live.length ? { and: [own, { id: { not_in: live } }] } : own
}

/** Editors upload for anyone; a secretariat for its own organization (set by the collection). */
const create: Access = ({ req: { user } }) =>
  isEditorUser(user) || (isSecretariatUser(user) && organizationOf(user) !== undefined)

/** Media is public (images of published content); its writes are scoped as above. */
export const mediaAccess: NonNullable<CollectionConfig['access']> = {
  create,
  read: anyone,
  update: ownUnpublishedMedia,
  delete: ownUnpublishedMedia,
}
