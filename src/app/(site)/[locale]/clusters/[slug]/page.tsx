import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ClusterProfile } from '@/site/components/ClusterProfile'
import { findCluster } from '@/site/data/clusters'
import { findFigureHistories } from '@/site/data/figureHistory'
import { dictionary } from '@/site/i18n'
import { type LocaleParams, localeOf } from '@/site/locale'
import { pageMetadata } from '@/site/metadata'
import { localePath, paths } from '@/site/paths'

type Props = { params: Promise<LocaleParams & { slug: string }> }

/** Rendered per request from cached reads keyed by the content version (src/site/data/read.ts). */
export const dynamic = 'force-dynamic'
export const generateStaticParams = (): Array<{ slug: string }> => []

async function clusterOf(params: Props['params']) {
  const locale = await localeOf(params)
  const { slug } = await params
  const cluster = await findCluster(locale, slug)
  if (!cluster) notFound()
  return { locale, cluster }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, cluster } = await clusterOf(params)
  return pageMetadata({
    locale,
    path: paths.cluster(cluster.slug ?? ''),
    title: cluster.name,
    description: cluster.summary,
    image: cluster.heroImage || cluster.logo,
  })
}

export default async function ClusterPage({ params }: Props) {
  const { locale, cluster } = await clusterOf(params)
  const t = dictionary(locale)
  const figureHistories = await findFigureHistories(locale, cluster.id)
  return (
    <>
      <nav className="breadcrumb" aria-label={t.breadcrumb}>
        <Link href={localePath(locale, paths.clusters)}>{t.clusters.title}</Link>
      </nav>
      <ClusterProfile
        cluster={cluster}
        locale={locale}
        level={1}
        figureHistories={figureHistories}
      />
    </>
  )
}
