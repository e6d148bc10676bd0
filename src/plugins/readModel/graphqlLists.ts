import {
  getNamedType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
} from 'graphql'
import {
  findOperation,
  isolateObjectProperty,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import { DRAFT_HEADER } from '@/utilities/draftRequest'
import type { DocumentStore } from './documentStore'
import { listThroughModel, readerKey, type ModelledList } from './modelledList'

/** The answer's header saying how many documents came from the store: `stored/listed`. */
export const READ_MODEL_HEADER = 'X-Read-Model'

type Context = { req: PayloadRequest; select?: unknown }
/** The arguments of a collection's list query (`Clusters(…)`), as Payload's schema declares them. */
type ListArgs = {
  draft?: boolean
  fallbackLocale?: PayloadRequest['fallbackLocale']
  limit?: number
  locale?: PayloadRequest['locale']
  page?: number
  pagination?: boolean
  select?: boolean
  sort?: string
  trash?: boolean
  where?: Where
}
type ListResolver = GraphQLFieldResolver<unknown, Context, ListArgs>
type QueryFields = Record<string, GraphQLFieldConfig<unknown, Context, ListArgs>>

/** Adds one list's count to the answer's `X-Read-Model` (a query may hold several lists). */
export function noteStoredDocuments(req: PayloadRequest, list: ModelledList<{ docs: unknown[] }>) {
  const headers = (req.responseHeaders ??= new Headers())
  const [stored, listed] = (headers.get(READ_MODEL_HEADER) ?? '0/0').split('/').map(Number)
  headers.set(READ_MODEL_HEADER, `${stored + list.stored}/${listed + list.page.docs.length}`)
}

/**
 * A read the model does not keep: drafts and the trash. `select: true` is kept: Payload would read
 * only the fields the query names, and the query names the same fields of the whole document.
 */
function readsAsPayload({ draft, trash }: ListArgs, req: PayloadRequest): boolean {
  const draftQuery = req.query?.draft === 'true' || req.query?.draft === true
  return Boolean(draft || trash || draftQuery || req.headers.has(DRAFT_HEADER))
}

/**
 * A collection's GraphQL list query answered through the read model (modelledList.ts): the same
 * documents, at depth 0, as Payload's own resolver reads them for this reader and locale; nested
 * fields (relations, joins) are then resolved by Payload's schema as always. What the model does
 * not keep, and whatever it cannot answer, goes to Payload's resolver.
 */
function listFromModel(
  slug: CollectionSlug,
  payloadResolver: ListResolver,
  storeOf: (req: PayloadRequest) => DocumentStore | undefined,
): ListResolver {
  return async (source, args, context, info) => {
    const store = storeOf(context.req)
    if (!store || readsAsPayload(args, context.req))
      return payloadResolver(source, args, context, info)
    // As Payload's resolver prepares the request: nested fields read the locale from the context.
    const req = (context.req = isolateObjectProperty(context.req, [
      'locale',
      'fallbackLocale',
      'transactionID',
    ]))
    // Nested relations read whole documents too (Payload's `select: true` would narrow them).
    context.select = undefined
    req.locale = args.locale || req.locale
    req.fallbackLocale = args.fallbackLocale || req.fallbackLocale
    req.query = req.query || {}
    const collection = req.payload.collections[slug]
    const { where, limit, page, pagination } = args
    const sort = args.sort ? args.sort.split(',') : undefined
    const modelled = await listThroughModel({
      payload: req.payload,
      store,
      keyPrefix: `graphql ${slug} ${readerKey(req.user)} ${JSON.stringify([req.locale, req.fallbackLocale])} `,
      listIds: () =>
        findOperation({
          ...{ collection, req, where, limit, page, pagination, sort, depth: 0 },
          // No join runs (Payload's operation types `joins` for typed slugs only).
          joins: false as unknown as undefined,
          select: { id: true },
        }),
      readInFull: (ids) =>
        findOperation({
          ...{ collection, req, depth: 0, page: 1, pagination: false },
          where: { id: { in: ids } },
          limit: ids.length,
        }),
    }).catch(() => undefined)
    if (!modelled) return payloadResolver(source, args, context, info)
    noteStoredDocuments(req, modelled)
    return { ...modelled.page, docs: JSON.parse(`[${modelled.json.join(',')}]`) }
  }
}

/** The query field of `slug`'s list: its type is a page whose `docs` are the collection's type. */
function isListOf(field: GraphQLFieldConfig<unknown, Context, ListArgs>, type: unknown): boolean {
  const page = getNamedType(field.type)
  if (!isObjectType(page) || !field.args?.where || !field.args?.trash) return false
  const docs = (page as GraphQLObjectType).getFields().docs
  return Boolean(docs) && getNamedType(docs.type) === type
}

/**
 * Puts the read model in front of Payload's list queries of `slugs`. Given the query fields as
 * Payload built them (the `graphQL.queries` hook sees them), it replaces their resolvers in place:
 * returned as custom queries, they would be wrapped with a copy of the context, and the locale the
 * list sets on it would not reach the nested fields.
 */
export function modelGraphQLLists(
  fields: QueryFields,
  collections: Record<string, { graphQL?: { type?: unknown } }>,
  slugs: readonly CollectionSlug[],
  storeOf: (req: PayloadRequest) => DocumentStore | undefined,
): void {
  for (const slug of slugs) {
    const type = collections[slug]?.graphQL?.type
    const field = Object.values(fields).find((candidate) => isListOf(candidate, type))
    if (type && field?.resolve) field.resolve = listFromModel(slug, field.resolve, storeOf)
  }
}
