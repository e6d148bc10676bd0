import type { CollectionBeforeValidateHook } from 'payload'

import { isSecretariatUser } from '@/access/isSecretariat'
import { ownMediaOnly } from '@/access/ownMediaOnly'
import { collectionSlugs } from '@/constants/slugs'
import { fieldError } from '@/utilities/fieldError'

const idOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

/**
 * A secretariat puts only its own organization's files in the upload `fields` (top-level) of its
 * documents; a file already there may stay. Drafts skip Payload's validation (and with it the
 * fields' `filterOptions`), so this hook holds the rule for every save.
 */
export function keepSecretariatMedia(fields: string[]) {
  const hook: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
    const own = ownMediaOnly(req.user)
    if (!data || !own || !isSecretariatUser(req.user)) return data
    for (const field of fields) {
      const id = idOf(data[field])
      if (id === undefined || id === idOf(originalDoc?.[field])) continue
      const { totalDocs } = await req.payload.count({
        collection: collectionSlugs.media,
        where: { and: [{ id: { equals: id } }, own] },
        overrideAccess: true, // the check itself: is this file the secretariat's own
        req,
      })
      if (totalDocs !== 1) throw fieldError(req, field, 'secretariatOwnMediaOnly')
    }
    return data
  }
  return hook
}
