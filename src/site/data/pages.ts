import 'server-only'

import type { Page } from '@/payload-types'
import { findBySlug, getReader } from './payload'
import { draftRead } from './read'

/** A page with its blocks; depth 2 populates a quote block's quote and the quote's organization. */
export const findPage = draftRead('pages:one', (mode, slug: string) =>
  findBySlug('pages', mode, slug),
)

export type PageSummary = Pick<Page, 'id' | 'title' | 'slug' | 'summary'>

/** Title and summary of the named pages, in the order given; unpublished ones are left out. */
export const listPageSummaries = draftRead(
  'pages:summaries',
  async (mode, slugs: string[]): Promise<PageSummary[]> => {
    const payload = await getReader()
    const { docs } = await payload.find({
      collection: 'pages',
      ...mode,
      where: { slug: { in: slugs } },
      select: { title: true, slug: true, summary: true },
      depth: 0,
      pagination: false,
    })
    return slugs.flatMap((slug) => docs.find((doc) => doc.slug === slug) ?? [])
  },
)
