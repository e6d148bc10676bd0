import 'server-only'

import type { JoinQuery, Where } from 'payload'

import type { ClusterKind, Region } from '@/constants/taxonomy'
import type { Cluster } from '@/payload-types'
import { byName } from '../sort'
import { findBySlug, getReader } from './payload'
import { draftRead, type ReadMode } from './read'

export type ClusterFilter = {
  region?: Region | null
  kind?: ClusterKind | null
  /** Chosen clusters, shown in this order. */
  ids?: number[]
}

function whereOf({ region, kind, ids }: ClusterFilter): Where {
  const and: Where[] = []
  if (region) and.push({ region: { equals: region } })
  if (kind) and.push({ kind: { equals: kind } })
  if (ids) and.push({ id: { in: ids } })
  return { and }
}

/**
 * A profile shows its leader companies and its secretariat's quotes, read through the joins.
 * Built afresh for every read: Payload writes its access and `_status` conditions into the joins
 * it is given, so a shared object would grow with each read until the database refuses the query.
 */
const profileJoins = (): JoinQuery<'clusters'> => ({
  leaders: { limit: 100, sort: 'name' },
  quotes: { limit: 20, sort: 'createdAt' },
})

/** Directory cards: no joins, secretariat and hero image populated. */
export const listClusters = draftRead(
  'clusters:list',
  async (mode, filter: ClusterFilter = {}): Promise<Cluster[]> => {
    const payload = await getReader()
    const { docs } = await payload.find({
      collection: 'clusters',
      ...mode,
      where: whereOf(filter),
      depth: 1,
      sort: 'name',
      pagination: false,
      joins: false,
    })
    return docs.sort(byName(mode.locale))
  },
)

/**
 * Whole profiles for a page's cluster grid. Without an editorial order field, creation order
 * keeps the order the source pages list them in; chosen clusters keep the editor's order.
 */
export const findClusterProfiles = draftRead(
  'clusters:profiles',
  async (mode, filter: ClusterFilter = {}): Promise<Cluster[]> => {
    const payload = await getReader()
    const { docs } = await payload.find({
      collection: 'clusters',
      ...mode,
      where: whereOf(filter),
      depth: 2,
      sort: 'createdAt',
      pagination: false,
      joins: profileJoins(),
    })
    if (!filter.ids) return docs
    const order = new Map(filter.ids.map((id, index) => [id, index]))
    return docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  },
)

/** One cluster's whole profile, as its page shows it. */
export const readCluster = (mode: ReadMode, slug: string): Promise<Cluster | null> =>
  findBySlug('clusters', mode, slug, { joins: profileJoins() })

export const findCluster = draftRead('clusters:one', readCluster)
