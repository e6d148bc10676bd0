import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

import { isApiPath, isFilePath, isPublicRead, splitUrl } from '@/server/http/publicRead'
import { captureResponse } from './captureResponse'
import type { CachedResponse, ResponseStore } from './responseStore'

export type HttpCacheOptions = {
  /** The content version now (see src/plugins/contentVersion): part of every key. */
  version: () => Promise<string>
  /** Undefined: no response cache, only ETags and Cache-Control (the benchmark's "cache off"). */
  store?: ResponseStore
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  /** Headers every answer carries (the security headers), for hits answered before Express. */
  staticHeaders?: OutgoingHttpHeaders
}

export type HttpCache = {
  /**
   * Answers a public read from the response cache straight from Node's request listener, before
   * Express and Next: a hit costs a lookup and a write. Resolves false when the request must go on.
   */
  serveHit: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>
  /**
   * In Express, in front of Next: private reads become `private, no-store`; a public read that
   * missed is computed once however many ask for it at the same time, then stored.
   */
  middleware: RequestHandler
}

/** What `X-Cache` says: from the cache, computed now, shared with an identical request, or not cacheable. */
type CacheState = 'HIT' | 'MISS' | 'SHARED' | 'BYPASS'

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`

/** Response headers that belong with the stored body; CORS ones depend on the request's Origin. */
const STORED_HEADER = /^(content-type|content-language|access-control-)/i

const matchesEtag = (req: IncomingMessage, etag: string) =>
  (req.headers['if-none-match'] ?? '')
    .split(',')
    .some((tag) => tag.trim() === etag || tag.trim() === '*')

function log(error: unknown) {
  console.error(`[grappes] response cache unavailable, answering uncached: ${String(error)}`)
}

export function httpCache({
  version,
  store,
  maxAgeSeconds,
  staleWhileRevalidateSeconds,
  staticHeaders = {},
}: HttpCacheOptions): HttpCache {
  const publicControl = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
  /** Public reads being computed now, by key: the others asking for the same wait for them. */
  const inflight = new Map<string, Promise<CachedResponse | undefined>>()

  // The key holds the content version (a change makes every older entry unreachable) and the
  // Origin, because the CORS headers stored with the body answer that origin only. A HEAD is
  // answered from the GET's entry.
  const keyOf = async (req: IncomingMessage) =>
    `${await version()}:${req.headers.origin ?? ''}:${req.url}`

  /** The headers of an answer made from a cache entry, whether stored, just computed or shared. */
  function answerHeaders(
    entry: CachedResponse,
    state: CacheState,
    extra: OutgoingHttpHeaders = {},
  ): OutgoingHttpHeaders {
    const cacheable = entry.status === 200
    return {
      ...extra,
      ...entry.headers,
      ETag: entry.etag,
      'Cache-Control': cacheable ? publicControl : 'no-cache',
      Vary: 'Origin',
      'X-Cache': cacheable ? state : 'BYPASS',
    }
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    state: CacheState,
    extra: OutgoingHttpHeaders = {},
  ) {
    const headers = answerHeaders(entry, state, extra)
    if (entry.status === 200 && matchesEtag(req, entry.etag)) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    res.writeHead(entry.status, { ...headers, 'Content-Length': entry.body.length })
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  /**
   * The headers of a full answer to a GET from the cache, as one list made once per stored entry:
   * writing them from an object on every hit cost more than everything else a hit does.
   */
  const madeHitHeaders = new WeakMap<CachedResponse, string[]>()
  function hitHeaders(entry: CachedResponse): string[] {
    let headers = madeHitHeaders.get(entry)
    if (!headers) {
      headers = Object.entries({
        ...answerHeaders(entry, 'HIT', staticHeaders),
        'Content-Length': entry.body.length,
      }).flatMap(([name, value]) => [name, String(value)])
      madeHitHeaders.set(entry, headers)
    }
    return headers
  }

  async function serveHit(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!store) return false
    const { path, query } = splitUrl(req)
    if (!isApiPath(path) || isFilePath(path) || !isPublicRead(req, path, query)) return false
    try {
      const hit = await store.get(await keyOf(req))
      if (!hit) return false
      if (req.method !== 'GET' || matchesEtag(req, hit.etag))
        send(req, res, hit, 'HIT', staticHeaders)
      else {
        res.writeHead(200, hitHeaders(hit))
        res.end(hit.body)
      }
      return true
    } catch (error) {
      log(error)
      return false
    }
  }

  /** Keeps `private, no-store` on an answer, whatever Payload or Next set later. */
  function markPrivate(res: ServerResponse) {
    res.setHeader('Cache-Control', 'private, no-store')
    const setHeader = res.setHeader.bind(res)
    res.setHeader = ((name: string, value: unknown) =>
      name.toLowerCase() === 'cache-control'
        ? res
        : setHeader(name, value as string)) as ServerResponse['setHeader']
  }

  const middleware: RequestHandler = async (req, res, next) => {
    const { path, query } = splitUrl(req)
    if (!isApiPath(path)) return next()
    if (!isPublicRead(req, path, query)) {
      markPrivate(res)
      return next()
    }
    if (isFilePath(path)) {
      // Streamed as Payload sends it (byte ranges included), never held in memory.
      res.setHeader('Cache-Control', publicControl)
      return next()
    }
    let key: string
    try {
      key = await keyOf(req)
      const hit = await store?.get(key)
      if (hit) return send(req, res, hit, 'HIT')
    } catch (error) {
      log(error)
      return next()
    }
    if (req.method === 'HEAD') {
      // Next answers a HEAD without its body: nothing to store.
      res.setHeader('Cache-Control', publicControl)
      return next()
    }
    const pending = store && inflight.get(key)
    if (pending) {
      const shared = await pending
      // The request computing it went away: start over (one of the waiting ones computes it).
      return shared ? send(req, res, shared, 'SHARED') : middleware(req, res, next)
    }

    let settle: (entry: CachedResponse | undefined) => void = () => undefined
    if (store) {
      let resolve: (entry: CachedResponse | undefined) => void = () => undefined
      const computing = new Promise<CachedResponse | undefined>((done) => (resolve = done))
      inflight.set(key, computing)
      settle = (entry) => {
        if (inflight.get(key) === computing) inflight.delete(key)
        resolve(entry)
      }
      res.once('close', () => settle(undefined)) // aborted: the others compute their own
    }
    captureResponse(res, (status, body) => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(res.getHeaders()))
        if (STORED_HEADER.test(name) && value !== undefined) headers[name] = String(value)
      headers['content-type'] ??= 'application/json'
      const entry: CachedResponse = { status, headers, body, etag: etagOf(body) }
      settle(entry)
      send(req, res, entry, store ? 'MISS' : 'BYPASS')
      if (store && status === 200) store.set(key, entry).catch(log)
    })
    next()
  }

  return { serveHit, middleware }
}
