import type { CollectionBeforeValidateHook } from 'payload'

import { isSecretariatUser } from '@/access/isSecretariat'
import { organizationOf } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'
import { fieldError } from '@/utilities/fieldError'

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map((item) =>
      typeof item === 'object' && item !== null && 'id' in item
        ? (item as { id: unknown }).id
        : item,
    )
    .filter((id): id is number => typeof id === 'number')

/**
 * What a secretariat writes stays within its organization: a quote belongs to it (and to one of
 * its clusters), a leader company leads only in its clusters. The `field` is the relation to check.
 */
export function keepSecretariatInScope(
  field: 'cluster' | 'clusters',
  options: { ownsOrganizationField?: boolean } = {},
) {
  const hook: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
    if (!data || !isSecretariatUser(req.user)) return data
    const organization = organizationOf(req.user)
    if (options.ownsOrganizationField && operation === 'create') data.organization = organization

    const requested = idsOf(data[field])
    if (requested.length === 0) {
      if (field === 'clusters' && operation === 'create') {
        throw fieldError(req, field, 'secretariatNeedsCluster')
      }
      return data
    }
    const own = await req.payload.find({
      collection: collectionSlugs.clusters,
      where: { and: [{ id: { in: requested } }, { secretariat: { equals: organization } }] },
      depth: 0,
      pagination: false,
      draft: true,
      overrideAccess: true, // the check itself: which of these clusters are the secretariat's
      req,
    })
    if (own.docs.length !== new Set(requested).size) {
      throw fieldError(req, field, 'secretariatOwnClustersOnly')
    }
    return data
  }
  return hook
}
