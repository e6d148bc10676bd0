import type { CollectionConfig, Config } from 'payload'

import { addHooks } from '../shared/addHooks'
import { indexOnChange, noteDraftSave, unindexOnDelete } from './hooks'
import { isSearched } from './searchedFields'
import { searchEndpoint } from './searchEndpoint'

export { rebuildSearchIndex } from './rebuild'
export { searchPublished } from './search'
export type { SearchHit, SearchResult } from './types'

const watch = (collection: CollectionConfig): CollectionConfig =>
  isSearched(collection.slug)
    ? addHooks(collection, {
        beforeOperation: [noteDraftSave],
        afterChange: [indexOnChange],
        afterDelete: [unindexOnDelete],
      })
    : collection

/**
 * Bilingual full-text search over published content (searchedFields.ts lists what is read): an
 * index table kept in step by hooks in the writing transaction (a publish, a change to a published
 * document, an unpublish or a delete shows on the next query; a draft save never touches it), and
 * `GET /api/search`. The table and the databases' search machinery come from the `search`
 * migrations: PostgreSQL's full-text search with `unaccent`, SQLite's FTS5.
 */
export const fullTextSearch =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(watch),
    endpoints: [...(config.endpoints ?? []), searchEndpoint],
  })
