import type { Cluster, ClusterGridBlock as ClusterGridBlockData } from '@/payload-types'
import { ClusterProfile } from '../components/ClusterProfile'
import { below } from '../components/Heading'
import { findClusterProfiles } from '../data/clusters'
import { BlockHeader } from './BlockHeader'
import type { BlockProps } from './types'

const idOf = (cluster: number | Cluster): number =>
  typeof cluster === 'object' ? cluster.id : cluster

/**
 * The chosen clusters, or every published cluster of the block's region and kind. Each shows
 * its whole profile, because the source pages present each cluster in full.
 */
export async function ClusterGridBlock({ block, locale, level }: BlockProps<ClusterGridBlockData>) {
  const ids = (block.clusters ?? []).map(idOf)
  const clusters = await findClusterProfiles(
    locale,
    ids.length ? { ids } : { region: block.region, kind: block.kind },
  )
  if (!clusters.length) return null
  const clusterLevel = block.heading ? below(level) : level
  return (
    <section className="block block-cluster-grid">
      <BlockHeader heading={block.heading} intro={block.intro} level={level} />
      <div className="cluster-grid">
        {clusters.map((cluster) => (
          <ClusterProfile
            key={cluster.id}
            cluster={cluster}
            locale={locale}
            level={clusterLevel}
            linkToPage
          />
        ))}
      </div>
    </section>
  )
}
