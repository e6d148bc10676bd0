import type { CollectionSlug, Config, Payload } from 'payload'

import { documentStore, type DocumentStore } from './documentStore'
import { modelGraphQLLists } from './graphqlLists'

export { READ_MODEL_HEADER } from './graphqlLists'
export { listThroughModel, readerKey } from './modelledList'

type Slot = { store?: DocumentStore }
const SLOT = 'readModel'

/**
 * The store of the read model, on the Payload instance: the REST route (Next's bundle) and the
 * GraphQL schema read the same documents. Undefined when READ_MODEL_MAX_BYTES is 0.
 */
export const readModelOf = (payload: Payload): DocumentStore | undefined =>
  (payload.config.custom?.[SLOT] as Slot | undefined)?.store

/**
 * The published read model (modelledList.ts): documents of list reads kept serialized per reader,
 * locale and content version, up to `maxBytes`. It answers the GraphQL list queries of
 * `collections` here; the REST route reads the same store (src/server/apiHandlers/readModel).
 */
export const readModel =
  ({ maxBytes, collections }: { maxBytes: number; collections: readonly CollectionSlug[] }) =>
  (config: Config): Config => {
    const previousQueries = config.graphQL?.queries
    const slot: Slot = { store: maxBytes > 0 ? documentStore(maxBytes) : undefined }
    return {
      ...config,
      custom: { ...config.custom, [SLOT]: slot },
      graphQL: {
        ...config.graphQL,
        queries: (graphQL, schema) => {
          modelGraphQLLists(schema.Query.fields, schema.collections, collections, (req) =>
            readModelOf(req.payload),
          )
          return previousQueries?.(graphQL, schema) ?? {}
        },
      },
    }
  }
