import type { Payload } from 'payload'

import { searchStore, sqlRunner } from './sqlRunner'
import type { SearchQuery, SearchResult } from './types'

/** The published documents matching `query`, best first (the API's answer and the site's page). */
export async function searchPublished(
  payload: Payload,
  query: SearchQuery,
): Promise<SearchResult | undefined> {
  const store = searchStore(payload)
  if (!store) return undefined
  return store.search(await sqlRunner(payload), query)
}
