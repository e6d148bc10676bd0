import {
  createPayloadRequest,
  findOperation,
  headersWithCors,
  parseParams,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { contentCollections, type ContentCollectionSlug } from '@/constants/slugs'
import { listThroughModel, READ_MODEL_HEADER, readerKey, readModelOf } from '@/plugins/readModel'
import { DRAFT_HEADER, isDraftRequest } from '@/utilities/draftRequest'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** What selects the documents of a list, as opposed to how each document is read. */
const LIST_PARAMS = new Set(['where', 'sort', 'limit', 'page', 'pagination'])
const modelled = new Set<string>(contentCollections)
const isModelled = (slug: string): slug is ContentCollectionSlug => modelled.has(slug)

/** How each document of the list is read: every parameter but those that choose the documents. */
function shapeKey(req: PayloadRequest, url: URL): string {
  const shape = [...url.searchParams].filter(([name]) => !LIST_PARAMS.has(name.split('[')[0]))
  shape.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([req.locale, req.fallbackLocale, shape])
}

/** A REST list read answered through the read model (src/plugins/readModel/modelledList.ts). */
async function answerFromModel(
  config: SanitizedConfig,
  request: Request,
  slug: ContentCollectionSlug,
): Promise<Response | undefined> {
  const url = new URL(request.url)
  const req = await createPayloadRequest({
    config,
    request: new Request(request.url, { headers: request.headers }),
  })
  const { payload } = req
  const store = readModelOf(payload)
  const params = parseParams(req.query)
  if (!store || params.draft || isDraftRequest(req)) return undefined
  const collection = payload.collections[slug]
  const list = await listThroughModel({
    payload,
    store,
    keyPrefix: `${slug} ${readerKey(req.user)} ${shapeKey(req, url)} `,
    listIds: () =>
      findOperation({
        ...params,
        collection,
        req,
        depth: 0,
        // No join runs (Payload's operation types `joins` for typed slugs only).
        joins: false as unknown as undefined,
        populate: undefined,
        select: { id: true },
      }),
    readInFull: (ids) =>
      findOperation({
        ...params,
        collection,
        req,
        where: { id: { in: ids } },
        limit: ids.length,
        page: 1,
        pagination: false,
      }),
  })
  if (!list) return undefined
  const { docs: _ids, ...page } = list.page
  const body = `{"docs":[${list.json.join(',')}],${JSON.stringify(page).slice(1)}`
  const headers = headersWithCors({
    headers: new Headers({
      'Content-Type': 'application/json',
      // How many of the documents came from the store, of how many: what an operator looks at.
      [READ_MODEL_HEADER]: `${list.stored}/${list.page.docs.length}`,
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
  return async (request, args) => {
    const { slug } = await args.params
    const [collection, ...rest] = slug
    if (rest.length === 0 && isModelled(collection) && !request.headers.has(DRAFT_HEADER)) {
      const answer = await answerFromModel(await config, request, collection).catch(() => undefined)
      if (answer) return answer
    }
    return handler(request, args)
  }
}
