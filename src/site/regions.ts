import { clusterKinds, type Region, regions } from '@/constants/taxonomy'
import type { Cluster } from '@/payload-types'
import { dictionary, type Locale } from './i18n'

export type RegionGroup = { region: Region; label: string; clusters: Cluster[] }

export const isRegion = (value: unknown): value is Region =>
  regions.some((region) => region.value === value)

/** Clusters by region, in the taxonomy's order; regions without a cluster are left out. */
export const groupByRegion = (clusters: Cluster[], locale: Locale): RegionGroup[] =>
  regions.flatMap(({ value, label }) => {
    const inRegion = clusters.filter((cluster) => cluster.region === value)
    return inRegion.length ? [{ region: value, label: label[locale], clusters: inRegion }] : []
  })

/** "10 industrial clusters", "5 key sectors": what a region holds, by kind. */
export const describeCount = (clusters: Cluster[], locale: Locale): string =>
  clusterKinds
    .flatMap(({ value }) => {
      const n = clusters.filter((cluster) => cluster.kind === value).length
      return n ? [dictionary(locale).clusters.count[value](n)] : []
    })
    .join(', ')
