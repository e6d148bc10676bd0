import { clusterKinds, regions } from '@/constants/taxonomy'
import type { Cluster, Organization } from '@/payload-types'
import { populated } from '../data/relations'
import { dictionary, type Locale } from '../i18n'

/** Kind, region and secretariat of a cluster, in one line. */
export function ClusterMeta({ cluster, locale }: { cluster: Cluster; locale: Locale }) {
  const t = dictionary(locale).clusters
  const kind = clusterKinds.find((k) => k.value === cluster.kind)?.label[locale]
  const region = regions.find((r) => r.value === cluster.region)?.label[locale]
  const secretariat = populated<Organization>(cluster.secretariat)
  return (
    <p className="cluster-meta">
      {[kind, region].filter(Boolean).join(' · ')}
      {secretariat ? (
        <>
          {' · '}
          {t.secretariat}
          {dictionary(locale).colon}
          {secretariat.website ? (
            <a href={secretariat.website}>{secretariat.name}</a>
          ) : (
            secretariat.name
          )}
        </>
      ) : null}
    </p>
  )
}
