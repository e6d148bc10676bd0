import 'server-only'

import type { Ambassador } from '@/payload-types'
import { getReader } from './payload'
import { draftRead } from './read'

/** Ambassadors in their editorial order, optionally those of one organization only. */
export const listAmbassadors = draftRead(
  'ambassadors:list',
  async (mode, organizationId?: number | null): Promise<Ambassador[]> => {
    const payload = await getReader()
    const { docs } = await payload.find({
      collection: 'ambassadors',
      ...mode,
      where: organizationId ? { organization: { equals: organizationId } } : {},
      depth: 1,
      sort: ['order', 'name'],
      pagination: false,
    })
    return docs
  },
)
