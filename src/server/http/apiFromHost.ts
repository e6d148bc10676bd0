import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as HostRequest, RequestHandler, Response as HostResponse } from 'express'

/** A route handler, as Next calls it: the request, and the route's parameters (`[...slug]`). */
type RouteHandler<Params> = (
  request: Request,
  args: { params: Promise<Params> },
) => Promise<Response>
type GraphQLHandler = RouteHandler<{ slug?: string[] }>

/** The handlers of Payload's routes (src/server/apiHandlers/graphqlRoute.ts, restRoute.ts). */
export type ApiRoutes = {
  /** Where the API is (`routes.api`, `routes.graphQL` of the config). */
  apiPath: string
  graphqlPath: string
  graphql: { GET: GraphQLHandler; POST: GraphQLHandler; OPTIONS: GraphQLHandler }
  rest: { GET: RouteHandler<{ slug: string[] }> }
}

/**
 * The request as a route handler gets it from Next: the address, method, headers (as the host's
 * middleware left them: the response cache's marks are headers) and body.
 */
function fetchRequestOf(req: HostRequest): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.append(name, value)
    else for (const one of value ?? []) headers.append(name, one)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch requires it for a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  })
}

/** Headers Node sets from the body it sends (Next leaves the route's out too). */
const FRAMING = new Set(['content-length', 'content-encoding', 'transfer-encoding'])
/** Headers that may appear more than once; of the others, a header the host set is kept. */
const REPEATABLE = new Set(['set-cookie', 'www-authenticate', 'proxy-authenticate', 'vary'])

/** Sends a route's answer as Next sends it (next/dist/server/send-response.js). */
async function send(res: HostResponse, answer: Response): Promise<void> {
  res.statusCode = answer.status
  answer.headers.forEach((value, name) => {
    if (FRAMING.has(name) || name === 'set-cookie') return
    if (REPEATABLE.has(name) || res.getHeader(name) === undefined) res.appendHeader(name, value)
  })
  for (const cookie of answer.headers.getSetCookie()) res.appendHeader('set-cookie', cookie)
  if (!answer.body) return void res.end()
  await pipeline(Readable.fromWeb(answer.body as NodeReadableStream), res)
}

function answerWith(res: HostResponse, answer: Promise<Response>, next: (error: unknown) => void) {
  answer
    .then((response) => send(res, response))
    .catch((error: NodeJS.ErrnoException) => {
      // The client left while the answer was being sent: nothing more to do.
      if (res.headersSent) return void res.destroy()
      next(error)
    })
}

/** The REST path's segments, decoded as Next gives them; undefined when Next should answer it. */
function restSegments(path: string, apiPath: string): string[] | undefined {
  if (!path.startsWith(`${apiPath}/`)) return undefined
  const segments = path.slice(apiPath.length + 1).split('/')
  if (segments.some((segment) => segment === '')) return undefined // `//`, a trailing `/`
  try {
    return segments.map(decodeURIComponent)
  } catch {
    return undefined // A malformed escape: Next's 400.
  }
}

/**
 * Payload's GraphQL and REST reads answered by the host with the very handlers of Next's routes,
 * without Next's router in between (about a sixth of an uncached read's CPU). What Next's router
 * adds to these routes is nothing they use: no middleware matches `/api` (src/proxy.ts), and
 * answers are not compressed (`compress: false`). Everything else (writes over REST, the GraphQL
 * playground, addresses Next answers with a redirect or a 400) still goes to Next.
 */
export function apiFromHost(routes: ApiRoutes): RequestHandler {
  const { apiPath, graphqlPath, graphql, rest } = routes
  const graphqlAt = `${apiPath}${graphqlPath}`
  const notRest = new Set([graphqlPath.slice(1), 'graphql-playground'])
  return (req, res, next) => {
    if (req.path === graphqlAt) {
      const handler = graphql[req.method as keyof ApiRoutes['graphql']]
      const noParams = { params: Promise.resolve({}) }
      if (handler) return answerWith(res, handler(fetchRequestOf(req), noParams), next)
      return next()
    }
    if (req.method !== 'GET') return next()
    const slug = restSegments(req.path, apiPath)
    if (!slug || notRest.has(slug[0])) return next()
    answerWith(res, rest.GET(fetchRequestOf(req), { params: Promise.resolve({ slug }) }), next)
  }
}
