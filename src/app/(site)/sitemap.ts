import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/data/payload'
import { listSitemapDocuments } from '@/site/data/sitemap'
import { locales, localeTags } from '@/site/i18n'
import { absoluteUrl, paths } from '@/site/paths'

/**
 * Rendered on request rather than at build time: the build may run without a database. The
 * reads behind it are cached under the content tag, so a request costs no query.
 */
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per language, each naming both versions (hreflang). */
const entriesFor = (site: string, path: string, lastModified?: string): Entry[] =>
  locales.map((locale) => ({
    url: absoluteUrl(site, locale, path),
    lastModified,
    alternates: {
      languages: Object.fromEntries(
        locales.map((other) => [localeTags[other], absoluteUrl(site, other, path)]),
      ),
    },
  }))

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { clusters, stories, pages } = await listSitemapDocuments('en')
  const site = await siteUrl()
  return [
    ...[paths.home, paths.clusters, paths.companies, paths.stories, paths.ambassadors].flatMap(
      (path) => entriesFor(site, path),
    ),
    ...clusters.flatMap((doc) => entriesFor(site, paths.cluster(doc.slug), doc.updatedAt)),
    ...stories.flatMap((doc) => entriesFor(site, paths.story(doc.slug), doc.updatedAt)),
    ...pages.flatMap((doc) => entriesFor(site, paths.page(doc.slug), doc.updatedAt)),
  ]
}
