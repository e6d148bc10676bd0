import type { MetadataRoute } from 'next'

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
const entriesFor = (path: string, lastModified?: string): Entry[] =>
  locales.map((locale) => ({
    url: absoluteUrl(locale, path),
    lastModified,
    alternates: {
      languages: Object.fromEntries(
        locales.map((other) => [localeTags[other], absoluteUrl(other, path)]),
      ),
    },
  }))

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { clusters, stories, pages } = await listSitemapDocuments('en')
  return [
    ...[paths.home, paths.clusters, paths.companies, paths.stories, paths.ambassadors].flatMap(
      (path) => entriesFor(path),
    ),
    ...clusters.flatMap((doc) => entriesFor(paths.cluster(doc.slug), doc.updatedAt)),
    ...stories.flatMap((doc) => entriesFor(paths.story(doc.slug), doc.updatedAt)),
    ...pages.flatMap((doc) => entriesFor(paths.page(doc.slug), doc.updatedAt)),
  ]
}
