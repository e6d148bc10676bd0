import Link from 'next/link'

import type { Cluster, Company, Organization } from '@/payload-types'
import type { SeriesPoint } from '@/plugins/figureHistory/series'
import { joinedDocs, populated } from '../data/relations'
import { headingText } from '../format'
import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'
import { ClusterMeta } from './ClusterMeta'
import { ClusterQuotes } from './ClusterQuotes'
import { below, Heading, type HeadingLevel } from './Heading'
import { HighlightList } from './HighlightList'
import { KeyFigureList } from './KeyFigureList'
import { LeaderList } from './LeaderList'
import { LinkList } from './LinkList'
import { MediaImage } from './MediaImage'
import { ProfileSection } from './ProfileSection'
import { opensWith } from './richText/plainText'
import { RichTextContent } from './richText/RichTextContent'
import { SectorBreakdownList } from './SectorBreakdownList'
import { SourceList } from './SourceList'

type ClusterProfileProps = {
  cluster: Cluster
  locale: Locale
  /** h1 on the cluster's own page; lower inside a page's cluster grid. */
  level: HeadingLevel
  /** In a grid, the name links to the cluster's own page. */
  linkToPage?: boolean
  /** The key figures' values over time, by row id (the cluster's own page). */
  figureHistories?: Record<string, SeriesPoint[]>
}

/** Everything a cluster profile holds, in the order the source pages give it. */
export function ClusterProfile({
  cluster,
  locale,
  level,
  linkToPage = false,
  figureHistories,
}: ClusterProfileProps) {
  const t = dictionary(locale).clusters
  const sub = below(level)
  const href = cluster.slug ? localePath(locale, paths.cluster(cluster.slug)) : undefined
  const figures = cluster.keyFigures ?? []
  const highlights = cluster.highlights ?? []
  const sectors = cluster.sectorBreakdown?.items ?? []
  const leaders = joinedDocs<Company>(cluster.leaders)
  const sources = cluster.sources ?? []
  const links = cluster.links ?? []
  const secretariat = populated<Organization>(cluster.secretariat)
  return (
    <article className="cluster-profile">
      <header className="profile-header">
        <MediaImage media={cluster.logo} size="thumbnail" className="logo cluster-logo" />
        <Heading level={level}>
          {linkToPage && href ? <Link href={href}>{cluster.name}</Link> : cluster.name}
        </Heading>
        <ClusterMeta cluster={cluster} locale={locale} />
        <MediaImage media={secretariat?.logo} size="thumbnail" className="logo secretariat-logo" />
      </header>
      {cluster.body && opensWith(cluster.body, cluster.summary) ? null : (
        <p className="lead">{cluster.summary}</p>
      )}
      <MediaImage media={cluster.heroImage} size="hero" className="hero-image" />
      {cluster.body ? (
        <RichTextContent data={cluster.body} locale={locale} baseLevel={sub} />
      ) : null}
      <ClusterQuotes cluster={cluster} locale={locale} level={sub} />
      {figures.length ? (
        <ProfileSection heading={t.keyFigures} level={sub}>
          <KeyFigureList figures={figures} locale={locale} histories={figureHistories} />
        </ProfileSection>
      ) : null}
      {highlights.length ? (
        <ProfileSection heading={t.highlights} level={sub}>
          <HighlightList highlights={highlights} />
        </ProfileSection>
      ) : null}
      {sectors.length ? (
        <ProfileSection heading={t.sectorBreakdown} level={sub}>
          {cluster.sectorBreakdown?.intro ? <p>{cluster.sectorBreakdown.intro}</p> : null}
          <SectorBreakdownList items={sectors} locale={locale} />
        </ProfileSection>
      ) : null}
      {leaders.length ? (
        <ProfileSection heading={headingText(cluster.leadersIntro || t.leaders)} level={sub}>
          <LeaderList companies={leaders} />
        </ProfileSection>
      ) : null}
      {sources.length ? (
        <ProfileSection heading={t.sources} level={sub}>
          <SourceList sources={sources} />
        </ProfileSection>
      ) : null}
      {links.length ? (
        <ProfileSection heading={t.links} level={sub}>
          <LinkList links={links} />
        </ProfileSection>
      ) : null}
    </article>
  )
}
