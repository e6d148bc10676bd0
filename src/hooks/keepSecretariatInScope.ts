import type { CollectionBeforeValidateHook } from 'payload'

import type { Company, Quote } from '@/payload-types'

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

/** The relation `field` of a quote (`cluster`) or a company (`clusters`), if the data has it. */
function relation(data: Partial<Quote> | Partial<Company>, field: 'cluster' | 'clusters') {
  if (field === 'cluster') return 'cluster' in data ? data.cluster : undefined
  return 'clusters' in data ? data.clusters : undefined
}

/**
 * What a secretariat writes stays within its organization: a quote belongs to it (and to one of
 * its clusters), a leader company leads only in its clusters. The `field` is the relation to check.
 */
export function keepSecretariatInScope(
  field: 'cluster' | 'clusters',
  options: { ownsOrganizationField?: boolean } = {},
) {
  const hook: CollectionBeforeValidateHook<Quote | Company> = async ({ data, req, operation }) => {
    if (!data || !isSecretariatUser(req.user)) return data
    const organization = organizationOf(req.user)
    // The quote's owner is the secretariat's organization, whatever the request said.
    if (options.ownsOrganizationField && operation === 'create')
      Object.assign(data, { organization })

    const requested = idsOf(relation(data, field))
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
