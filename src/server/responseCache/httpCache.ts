import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

import type { ApiReadCache } from '@/plugins/responseCache'
import { requestKind } from '@/server/http/requestKind'
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
  /** Told of every public GET the cache answers or computes (refresh-ahead counts them). */
  onPublicRead?: (read: { url: string; origin?: string }) => void
}

/**
 * The response cache, in three places of one request:
 * - `serveHit`, in Node's request listener before Express and Next: a hit costs a lookup and a write;
 * - `middleware`, in Express before Next: tells the API handlers what the host decided about the
 *   request (public read or not, and its cache key), in headers only the host sets;
 * - `answer`, around Payload's route handlers (src/server/apiHandlers/cachedAnswer.ts): Payload's
 *   `Response` is a value, so the entry (status, headers, body, ETag) is read from it and the
 *   answer is a new `Response`. Nothing patches Node's response object: whatever writes to `res`
 *   (a stream, `writeHead(status, statusMessage, headers)`, a pipe) is simply not cached.
 */
export type HttpCache = ApiReadCache & {
  serveHit: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>
  middleware: RequestHandler
  /**
   * Claims a public read under `version` for the refresh-ahead (refreshAhead.ts): readers who ask
   * for it meanwhile wait for the refresh (X-Cache: SHARED) instead of computing it again. Returns
   * the headers the refresh's own request carries, and `release`, to call once that request is
   * answered (it frees the claim if the request never computed it).
   */
  claim: (
    version: string,
    read: PublicRead,
  ) => { headers: Record<string, string>; release: () => void }
}

/** A public read as a client asked for it (what a refresh asks again). */
export type PublicRead = { url: string; origin?: string }

/** What `X-Cache` says: from the cache, computed now, shared with an identical request, or not cacheable. */
type CacheState = 'HIT' | 'MISS' | 'SHARED' | 'BYPASS'

/**
 * Set by the host on every API request that reaches Next (any value a client sent is dropped):
 * `public` for a public read, `file` for a public read of an uploaded file, absent otherwise.
 */
const READ_HEADER = 'x-grappes-read'
/** The public read's cache key, as the hit path computed it (URI-encoded). */
const KEY_HEADER = 'x-grappes-cache-key'
/** Sent by the refresh-ahead's own requests, with a value only this process knows. */
const REFRESH_HEADER = 'x-grappes-refresh'
/** Set by the host on a refresh's request whose value matched (a client's own is dropped). */
const CLAIMED_HEADER = 'x-grappes-claimed'

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`

/** Response headers that belong with the stored body; CORS ones depend on the request's Origin. */
const STORED_HEADER = /^(content-type|content-language|access-control-)/i

/** Statuses whose answer has no body. */
const NO_BODY = new Set([204, 304])

const matchesEtag = (ifNoneMatch: string | null | undefined, etag: string) =>
  (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')

function log(error: unknown) {
  console.error(`[grappes] response cache unavailable, answering uncached: ${String(error)}`)
}

export function httpCache({
  version,
  store,
  maxAgeSeconds,
  staleWhileRevalidateSeconds,
  staticHeaders = {},
  onPublicRead,
}: HttpCacheOptions): HttpCache {
  const publicControl = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
  /** Public reads being computed now, by key: the others asking for the same wait for them. */
  const inflight = new Map<string, Promise<CachedResponse | undefined>>()
  /** Keys claimed by the refresh-ahead, and how to settle what their readers wait for. */
  const claimed = new Map<string, (entry: CachedResponse | undefined) => void>()
  const refreshToken = randomUUID()
  /** Keys computed by the hit path, for the hand-off of the same request after a miss. */
  const keys = new WeakMap<IncomingMessage, string>()

  /** The one place the content version is read. */
  const currentVersion = version

  // The key holds the content version (a change makes every older entry unreachable) and the
  // Origin, because the CORS headers stored with the body answer that origin only. A HEAD is
  // answered from the GET's entry.
  const keyFor = (version: string, { origin, url }: PublicRead) =>
    `${version}:${origin ?? ''}:${url}`
  const keyOf = async (req: IncomingMessage) =>
    keyFor(await currentVersion(), { origin: req.headers.origin, url: req.url ?? '/' })

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

  /** An entry's answer written by the hit path, before Express. */
  function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse) {
    const headers = answerHeaders(entry, 'HIT', staticHeaders)
    if (entry.status === 200 && matchesEtag(req.headers['if-none-match'], entry.etag)) {
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
    const kind = requestKind(req)
    if (!kind.api || kind.file || !kind.publicRead) return false
    if (req.method === 'GET') onPublicRead?.({ url: req.url ?? '/', origin: req.headers.origin })
    try {
      const key = await keyOf(req)
      keys.set(req, key)
      const hit = await store.get(key)
      if (!hit) return false
      if (req.method !== 'GET' || matchesEtag(req.headers['if-none-match'], hit.etag))
        send(req, res, hit)
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

  const middleware: RequestHandler = async (req, res, next) => {
    delete req.headers[READ_HEADER]
    delete req.headers[KEY_HEADER]
    const refresh = req.headers[REFRESH_HEADER] === refreshToken
    delete req.headers[REFRESH_HEADER]
    delete req.headers[CLAIMED_HEADER]
    if (refresh) req.headers[CLAIMED_HEADER] = '1'
    const kind = requestKind(req)
    if (!kind.api) return next()
    if (!kind.publicRead) {
      // The API handlers set it on their answers too; this covers answers Next makes itself.
      res.setHeader('Cache-Control', 'private, no-store')
      return next()
    }
    req.headers[READ_HEADER] = kind.file ? 'file' : 'public'
    if (store && !kind.file) {
      try {
        req.headers[KEY_HEADER] = encodeURIComponent(keys.get(req) ?? (await keyOf(req)))
      } catch (error) {
        log(error)
      }
    }
    next()
  }

  /** The answer to send for an entry, on top of the handler's own headers when it computed it. */
  function entryAnswer(
    request: Request,
    entry: CachedResponse,
    state: CacheState,
    own?: Headers,
  ): Response {
    const headers = new Headers(own)
    for (const [name, value] of Object.entries(answerHeaders(entry, state)))
      headers.set(name, String(value))
    if (entry.status === 200 && matchesEtag(request.headers.get('if-none-match'), entry.etag))
      return new Response(null, { status: 304, headers })
    if (NO_BODY.has(entry.status)) return new Response(null, { status: entry.status, headers })
    headers.set('Content-Length', String(entry.body.length))
    return new Response(new Uint8Array(entry.body), { status: entry.status, headers })
  }

  /** Reads the whole body (streamed or not) so that the entry and its ETag are byte-exact. */
  async function entryOf(response: Response): Promise<CachedResponse> {
    const body = Buffer.from(await response.arrayBuffer())
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      if (STORED_HEADER.test(name)) headers[name] = value
    })
    headers['content-type'] ??= 'application/json'
    return { status: response.status, headers, body, etag: etagOf(body) }
  }

  /** A copy of the handler's answer with one header changed (its own headers may be immutable). */
  function withHeader(response: Response, name: string, value: string, keep = false): Response {
    if (keep && response.headers.has(name)) return response
    const headers = new Headers(response.headers)
    headers.set(name, value)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }

  async function answer(request: Request, compute: () => Promise<Response>): Promise<Response> {
    const read = request.headers.get(READ_HEADER)
    if (read !== 'public' && read !== 'file')
      return withHeader(await compute(), 'Cache-Control', 'private, no-store')
    // Streamed as Payload sends it (byte ranges included), never held in memory.
    if (read === 'file') return withHeader(await compute(), 'Cache-Control', publicControl, true)

    const encodedKey = request.headers.get(KEY_HEADER)
    const key = encodedKey ? decodeURIComponent(encodedKey) : undefined
    if (!store || !key) {
      const response = await compute()
      return entryAnswer(request, await entryOf(response), 'BYPASS', response.headers)
    }
    const pending = inflight.get(key)
    const settleClaim = request.headers.get(CLAIMED_HEADER) ? claimed.get(key) : undefined
    if (settleClaim) {
      // The refresh computes what it claimed; its readers are waiting on the claim.
      claimed.delete(key)
      try {
        const response = await compute()
        const entry = await entryOf(response)
        if (entry.status === 200) await store.set(key, entry).catch(log)
        settleClaim(entry)
        return entryAnswer(request, entry, 'MISS', response.headers)
      } catch (error) {
        settleClaim(undefined)
        throw error
      }
    }
    if (pending) {
      const shared = await pending
      // The request computing it went away: start over (one of the waiting ones computes it).
      return shared ? entryAnswer(request, shared, 'SHARED') : answer(request, compute)
    }

    let resolve: (entry: CachedResponse | undefined) => void = () => undefined
    const computing = new Promise<CachedResponse | undefined>((done) => (resolve = done))
    inflight.set(key, computing)
    const settle = (entry: CachedResponse | undefined) => {
      if (inflight.get(key) === computing) inflight.delete(key)
      resolve(entry)
    }
    const aborted = () => settle(undefined) // the others compute their own
    request.signal.addEventListener('abort', aborted, { once: true })
    try {
      const response = await compute()
      const entry = await entryOf(response)
      settle(entry)
      // Stored before the answer leaves: whoever has seen this answer finds it on every instance
      // (a Redis write costs well under a millisecond next to the computation it saves).
      if (entry.status === 200) await store.set(key, entry).catch(log)
      return entryAnswer(request, entry, 'MISS', response.headers)
    } catch (error) {
      settle(undefined)
      throw error
    } finally {
      request.signal.removeEventListener('abort', aborted)
    }
  }

  function claim(version: string, read: PublicRead) {
    const key = keyFor(version, read)
    const headers = {
      [REFRESH_HEADER]: refreshToken,
      ...(read.origin ? { origin: read.origin } : {}),
    }
    if (inflight.has(key)) return { headers, release: () => undefined } // being computed already
    let resolve: (entry: CachedResponse | undefined) => void = () => undefined
    const waiting = new Promise<CachedResponse | undefined>((done) => (resolve = done))
    inflight.set(key, waiting)
    const settle = (entry: CachedResponse | undefined) => {
      if (inflight.get(key) === waiting) inflight.delete(key)
      resolve(entry)
    }
    claimed.set(key, settle)
    const release = () => {
      if (claimed.get(key) !== settle) return
      claimed.delete(key)
      settle(undefined) // never computed (a hit, a refusal, an error): readers compute their own
    }
    return { headers, release }
  }

  return { serveHit, middleware, answer, claim }
}
