import Link from 'next/link'

import type { Cluster } from '@/payload-types'
import type { Locale } from '../i18n'
import { localePath, paths } from '../paths'
import { ClusterMeta } from './ClusterMeta'
import { Heading, type HeadingLevel } from './Heading'
import { KeyFigureList } from './KeyFigureList'
import { MediaImage } from './MediaImage'

/** How many figures a directory card shows; the profile shows them all. */
const CARD_FIGURES = 2

type ClusterCardProps = { cluster: Cluster; locale: Locale; level: HeadingLevel }

export function ClusterCard({ cluster, locale, level }: ClusterCardProps) {
  const name = cluster.slug ? (
    <Link href={localePath(locale, paths.cluster(cluster.slug))}>{cluster.name}</Link>
  ) : (
    cluster.name
  )
  return (
    <article className="card cluster-card">
      <MediaImage media={cluster.logo} size="thumbnail" className="logo cluster-logo" />
      <Heading level={level}>{name}</Heading>
      <ClusterMeta cluster={cluster} locale={locale} />
      <p>{cluster.summary}</p>
      <KeyFigureList figures={(cluster.keyFigures ?? []).slice(0, CARD_FIGURES)} locale={locale} />
    </article>
  )
}
