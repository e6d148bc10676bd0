import 'server-only'

import { getReader } from './payload'
import { cachedRead } from './read'

export type SitemapDocument = { slug: string; updatedAt: string }
export type SitemapDocuments = Record<'clusters' | 'stories' | 'pages', SitemapDocument[]>

const withSlug = (docs: Array<{ slug?: string | null; updatedAt: string }>): SitemapDocument[] =>
  docs.flatMap(({ slug, updatedAt }) => (slug ? [{ slug, updatedAt }] : []))

/** Slugs of every published cluster, story and page; never drafts, whoever asks. */
export const listSitemapDocuments = cachedRead(
  'sitemap',
  async (mode): Promise<SitemapDocuments> => {
    const payload = await getReader()
    // One query object per find: Payload may write into the objects it is given.
    const read = () =>
      ({
        ...mode,
        depth: 0,
        pagination: false,
        select: { slug: true, updatedAt: true },
      }) as const
    const [clusters, stories, pages] = await Promise.all([
      payload.find({ collection: 'clusters', ...read(), joins: false }),
      payload.find({ collection: 'stories', ...read() }),
      payload.find({ collection: 'pages', ...read() }),
    ])
    return {
      clusters: withSlug(clusters.docs),
      stories: withSlug(stories.docs),
      pages: withSlug(pages.docs),
    }
  },
)
