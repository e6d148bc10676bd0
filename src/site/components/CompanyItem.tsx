import Link from 'next/link'

import type { Cluster, Company } from '@/payload-types'
import { populatedAll } from '../data/relations'
import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'
import { Heading, type HeadingLevel } from './Heading'
import { MediaImage } from './MediaImage'

type CompanyItemProps = { company: Company; locale: Locale; level: HeadingLevel }

/** A company with the published clusters it leads in. */
export function CompanyItem({ company, locale, level }: CompanyItemProps) {
  const t = dictionary(locale).companies
  const clusters = populatedAll<Cluster>(company.clusters)
  return (
    <article className="card company">
      <MediaImage media={company.logo} size="thumbnail" className="logo" />
      <Heading level={level}>
        {company.website ? <a href={company.website}>{company.name}</a> : company.name}
      </Heading>
      {company.description ? <p>{company.description}</p> : null}
      {clusters.length ? (
        <p className="meta">
          {t.leaderIn}
          {dictionary(locale).colon}
          {clusters.map((cluster, index) => (
            <span key={cluster.id}>
              {index > 0 ? ', ' : null}
              {cluster.slug ? (
                <Link href={localePath(locale, paths.cluster(cluster.slug))}>{cluster.name}</Link>
              ) : (
                cluster.name
              )}
            </span>
          ))}
        </p>
      ) : null}
    </article>
  )
}
