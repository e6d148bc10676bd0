import {
  createPayloadRequest,
  findOperation,
  headersWithCors,
  parseParams,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { contentCollections, type ContentCollectionSlug } from '@/constants/slugs'
import { envOf } from '@/env'
import { pendingContentVersionMoves } from '@/plugins/contentVersion/afterCommit'
import { currentContentVersion } from '@/plugins/contentVersion/version'
import { DRAFT_HEADER, isDraftRequest } from '@/utilities/draftRequest'
import { documentStore, type DocumentStore } from './documentStore'

/** The answer's header saying how many documents came from the store: `stored/listed`. */
export const READ_MODEL_HEADER = 'X-Read-Model'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** What selects the documents of a list, as opposed to how each document is read. */
const LIST_PARAMS = new Set(['where', 'sort', 'limit', 'page', 'pagination'])
const modelled = new Set<string>(contentCollections)
const isModelled = (slug: string): slug is ContentCollectionSlug => modelled.has(slug)

/**
 * Who reads: a list answers each reader what its access allows, so documents are kept per reader.
 * A signed-in reader's key holds its role, organization and last change: a new role is a new key.
 */
function readerKey(user: PayloadRequest['user']): string {
  if (!user) return 'anonymous'
  const { collection, id, updatedAt } = user as {
    collection: string
    id: number
    updatedAt?: string
  }
  const { role, organization } = user as { role?: string; organization?: unknown }
  return JSON.stringify([collection, id, updatedAt, role, organization])
}

/** How each document of the list is read: every parameter but those that choose the documents. */
function shapeKey(req: PayloadRequest, url: URL): string {
  const shape = [...url.searchParams].filter(([name]) => !LIST_PARAMS.has(name.split('[')[0]))
  shape.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([req.locale, req.fallbackLocale, shape])
}

/**
 * A list read answered from documents already read (the published read model): the list itself
 * (which documents, in which order, how many) is asked of Payload every time, with the reader's
 * access, for the document ids alone; each document then comes serialized from the store, as this
 * reader last got it at this content version, and only those missing are read in full. A change of
 * public content moves the version (src/plugins/contentVersion), which empties the store.
 */
async function answerFromModel(
  config: SanitizedConfig,
  store: DocumentStore,
  request: Request,
  slug: ContentCollectionSlug,
): Promise<Response | undefined> {
  const url = new URL(request.url)
  const req = await createPayloadRequest({
    config,
    request: new Request(request.url, { headers: request.headers }),
  })
  const { payload } = req
  const collection = payload.collections[slug]
  const params = parseParams(req.query)
  if (params.draft || isDraftRequest(req)) return undefined
  // A change is being committed: documents read now and those kept could be from either side of
  // it, so Payload answers, as one read, until the version has moved.
  const settled = () => pendingContentVersionMoves(payload) === 0
  if (!settled()) return undefined
  const version = await currentContentVersion(payload)
  const list = await findOperation({
    ...params,
    collection,
    req,
    depth: 0,
    // No join runs (Payload's operation types `joins` for typed slugs only).
    joins: false as unknown as undefined,
    populate: undefined,
    select: { id: true },
  })
  const prefix = `${slug} ${readerKey(req.user)} ${shapeKey(req, url)} `
  const stored = list.docs.map(({ id }) => store.get(version, prefix + id))
  const missing = list.docs.filter((_, index) => stored[index] === undefined).map(({ id }) => id)
  if (missing.length > 0) {
    const { docs } = await findOperation({
      ...params,
      collection,
      req,
      where: { id: { in: missing } },
      limit: missing.length,
      page: 1,
      pagination: false,
    })
    const read = new Map(docs.map((doc) => [doc.id, JSON.stringify(doc)]))
    const unchanged = (await currentContentVersion(payload)) === version && settled()
    if (!unchanged && stored.some((json) => json !== undefined)) return undefined
    list.docs.forEach(({ id }, index) => {
      const json = read.get(id)
      if (json === undefined) return
      stored[index] = json
      if (unchanged) store.set(version, prefix + id, json)
    })
    // A document left the list between the two reads (a change committed): Payload answers.
    if (stored.some((json) => json === undefined)) return undefined
  }
  const { docs: _ids, ...page } = list
  const body = `{"docs":[${stored.join(',')}],${JSON.stringify(page).slice(1)}`
  const headers = headersWithCors({
    headers: new Headers({
      'Content-Type': 'application/json',
      // How many of the documents came from the store, of how many: what an operator looks at.
      [READ_MODEL_HEADER]: `${list.docs.length - missing.length}/${list.docs.length}`,
    }),
    req,
  })
  req.responseHeaders?.forEach((value, name) => headers.append(name, value))
  return new Response(body, { status: 200, headers })
}

/**
 * Payload's REST list read (`GET /api/<content collection>`) through the read model; everything
 * else, drafts, and whatever the model cannot answer (a refused or malformed query: Payload's own
 * answer says why) goes to `handler`.
 */
export function withReadModel(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler,
): RouteHandler {
  const store = config.then(({ custom }) => {
    const { maxBytes } = envOf({ custom }).readModel
    return maxBytes > 0 ? documentStore(maxBytes) : undefined
  })
  return async (request, args) => {
    const model = await store
    const { slug } = await args.params
    const [collection, ...rest] = slug
    if (
      model &&
      rest.length === 0 &&
      isModelled(collection) &&
      !request.headers.has(DRAFT_HEADER)
    ) {
      const answer = await answerFromModel(await config, model, request, collection).catch(
        () => undefined,
      )
      if (answer) return answer
    }
    return handler(request, args)
  }
}
