import { createHash } from 'node:crypto'
import type { Request, RequestHandler, Response } from 'express'

import { DRAFT_HEADER } from '@/access/isApiClient'
import type { ContentVersion } from './contentVersion'
import type { CachedResponse, ResponseStore } from './responseStore'

export type HttpCacheOptions = {
  version: ContentVersion
  /** Undefined: no response cache, only ETags and Cache-Control (the benchmark's "cache off"). */
  store?: ResponseStore
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

/** API paths that are never public, whoever asks. */
const PRIVATE_PREFIXES = [
  '/api/users',
  '/api/api-clients',
  '/api/audit-log',
  '/api/webhooks',
  '/api/webhook-deliveries',
  '/api/payload-',
  '/api/graphql-playground',
  '/api/access',
  '/api/preview',
]

/** An anonymous read of published content: the only kind of response that may be shared. */
export function isPublicRead(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.authorization || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? ''))
    return false
  if (req.query.draft === 'true' || req.headers[DRAFT_HEADER] === 'true') return false
  if (PRIVATE_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return false
  return !/\/versions(\/|$)|\/me$/.test(req.path)
}

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`

function send(
  req: Request,
  res: Response,
  entry: CachedResponse,
  cacheControl: string,
  state: 'HIT' | 'MISS' | 'BYPASS',
) {
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.setHeader('ETag', entry.etag)
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('X-Cache', state)
  const matches = (req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .includes(entry.etag)
  if (matches) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = entry.status
  res.setHeader('Content-Length', entry.body.length)
  res.end(req.method === 'HEAD' ? undefined : entry.body)
}

/**
 * Holds back what Next writes so the whole body is known before the headers go out (for the
 * ETag), then hands it to `done`. API responses are small JSON documents, so buffering is cheap.
 */
function capture(res: Response, done: (status: number, body: Buffer) => void) {
  const chunks: Buffer[] = []
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          chunk as string,
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        )
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => arg && typeof arg === 'object') as
      Record<string, string> | undefined
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value)
    return res
  }) as Response['writeHead']
  res.flushHeaders = () => undefined
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding))
    const cb = [encoding, callback].find((arg) => typeof arg === 'function') as
      (() => void) | undefined
    cb?.()
    return true
  }) as Response['write']
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
    Object.assign(res, original)
    done(res.statusCode, Buffer.concat(chunks))
    return res
  }) as Response['end']
}

/**
 * HTTP caching of anonymous API reads: a strong ETag, `Cache-Control: public` and 304s, served
 * from the response cache when one is configured. Anything personal (signed in, API key, draft,
 * preview) is `private, no-store` and never cached.
 */
export function httpCache({
  version,
  store,
  maxAgeSeconds,
  staleWhileRevalidateSeconds,
}: HttpCacheOptions): RequestHandler {
  const publicControl = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
  return async (req, res, next) => {
    if (!req.path.startsWith('/api/')) return next()
    if (!isPublicRead(req)) {
      res.setHeader('Cache-Control', 'private, no-store')
      const setHeader = res.setHeader.bind(res)
      // Payload and Next must not loosen it.
      res.setHeader = ((name: string, value: unknown) =>
        name.toLowerCase() === 'cache-control'
          ? res
          : setHeader(name, value as string)) as Response['setHeader']
      return next()
    }
    try {
      const key = `${await version.current()}:${req.method}:${req.originalUrl}`
      const hit = await store?.get(key)
      if (hit) return send(req, res, hit, publicControl, 'HIT')
      capture(res, (status, body) => {
        const contentType = String(res.getHeader('content-type') ?? 'application/json')
        const entry: CachedResponse = {
          status,
          headers: { 'Content-Type': contentType },
          body,
          etag: etagOf(body),
        }
        if (status !== 200) return send(req, res, entry, 'no-cache', 'BYPASS')
        send(req, res, entry, publicControl, store ? 'MISS' : 'BYPASS')
        void store
          ?.set(key, entry)
          .catch((error: Error) => console.error(`[grappes] response cache: ${error.message}`))
      })
      next()
    } catch (error) {
      next(error)
    }
  }
}
