import type { Metadata } from 'next'

import { ClusterCard } from '@/site/components/ClusterCard'
import { RegionFilter } from '@/site/components/RegionFilter'
import { listClusters } from '@/site/data/clusters'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'
import { describeCount, groupByRegion, isRegion } from '@/site/regions'

type Props = {
  params: Promise<LocaleParams>
  // Reading the filter renders this page per request; its data still comes from the tagged cache.
  searchParams: Promise<{ region?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = dictionary(locale).clusters
  return pageMetadata({ locale, path: paths.clusters, title: t.title, description: t.description })
}

/** The region filter is a query parameter, so this page renders per request (its reads stay cached). */
export const dynamic = 'force-dynamic'

export default async function ClustersPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const { region: requested } = await searchParams
  // An unknown region shows every region rather than an empty page.
  const region = isRegion(requested) ? requested : undefined
  const t = dictionary(locale).clusters
  const groups = groupByRegion(await listClusters(locale), locale).filter(
    (group) => !region || group.region === region,
  )
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <RegionFilter locale={locale} current={region} />
      {groups.length ? null : <p className="muted">{t.empty}</p>}
      {groups.map((group) => (
        <section key={group.region} className="region" aria-labelledby={`region-${group.region}`}>
          <h2 id={`region-${group.region}`}>{group.label}</h2>
          <p className="meta">{describeCount(group.clusters, locale)}</p>
          <div className="card-grid">
            {group.clusters.map((cluster) => (
              <ClusterCard key={cluster.id} cluster={cluster} locale={locale} level={3} />
            ))}
          </div>
        </section>
      ))}
    </>
  )
}
