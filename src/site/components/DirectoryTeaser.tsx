import Link from 'next/link'

import { listClusters } from '../data/clusters'
import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'
import { describeCount, groupByRegion } from '../regions'

/** The home page's way into the directory: each region, its count, and its clusters' names. */
export async function DirectoryTeaser({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const groups = groupByRegion(await listClusters(locale), locale)
  const directory = localePath(locale, paths.clusters)
  return (
    <section className="teaser" aria-labelledby="directory-heading">
      <h2 id="directory-heading">{t.home.directoryHeading}</h2>
      <div className="card-grid">
        {groups.map((group) => (
          <div key={group.region} className="card">
            <h3>
              <Link href={`${directory}?region=${group.region}`}>{group.label}</Link>
            </h3>
            <p className="meta">{describeCount(group.clusters, locale)}</p>
            <ul className="inline-list">
              {group.clusters.map((cluster) =>
                cluster.slug ? (
                  <li key={cluster.id}>
                    <Link href={localePath(locale, paths.cluster(cluster.slug))}>
                      {cluster.name}
                    </Link>
                  </li>
                ) : null,
              )}
            </ul>
          </div>
        ))}
      </div>
      <p>
        <Link href={directory}>{t.home.directoryLink}</Link>
      </p>
    </section>
  )
}
