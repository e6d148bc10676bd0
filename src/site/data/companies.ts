import 'server-only'

import type { Company } from '@/payload-types'
import { byName } from '../sort'
import { getReader } from './payload'
import { draftRead } from './read'

/** Every company, with the clusters it leads in populated (name and slug). */
export const listCompanies = draftRead('companies:list', async (mode): Promise<Company[]> => {
  const payload = await getReader()
  const { docs } = await payload.find({
    collection: 'companies',
    ...mode,
    depth: 1,
    sort: 'name',
    pagination: false,
  })
  return docs.sort(byName(mode.locale))
})
