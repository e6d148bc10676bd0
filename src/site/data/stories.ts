import 'server-only'

import type { Where } from 'payload'

import type { Story } from '@/payload-types'
import { findBySlug, getReader } from './payload'
import { draftRead } from './read'

export type StoryFilter = { edition?: string | null; limit?: number | null }

export const listStories = draftRead(
  'stories:list',
  async (mode, { edition, limit }: StoryFilter = {}): Promise<Story[]> => {
    const payload = await getReader()
    const where: Where = edition ? { edition: { equals: edition } } : {}
    const { docs } = await payload.find({
      collection: 'stories',
      ...mode,
      where,
      depth: 1,
      sort: '-publishedAt',
      ...(limit ? { limit, pagination: true } : { pagination: false }),
    })
    return docs
  },
)

export const findStory = draftRead('stories:one', (mode, slug: string) =>
  findBySlug('stories', mode, slug),
)
