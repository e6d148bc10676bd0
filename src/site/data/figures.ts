import 'server-only'

import type { FigureGroups } from '@/payload-types'
import { getReader } from './payload'
import { draftRead } from './read'

export type FigureGroup = NonNullable<FigureGroups>[number]

/** The groups of the `ecosystem-figures` global, which figures blocks name by key. */
export const listFigureGroups = draftRead(
  'figures:groups',
  async (mode): Promise<FigureGroup[]> => {
    const payload = await getReader()
    // A release holds documents only: its preview shows the published figures.
    const read = mode.context ? { ...mode, draft: false } : mode
    const global = await payload.findGlobal({ slug: 'ecosystem-figures', ...read, depth: 0 })
    return global.groups ?? []
  },
)
