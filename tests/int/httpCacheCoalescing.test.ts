import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express, { type Request as ExpressRequest, type RequestHandler } from 'express'

import { httpCache } from '@/server/responseCache/httpCache'
import { memoryStore } from '@/server/responseCache/responseStore'
import { createHttpServer } from '@/server/http/httpServer'

/**
 * Many front ends asking for the same thing right after a publish (every cached answer has just
 * become unreachable) must cost one computation, not one each. The slow handler stands where
 * Next and Payload stand in the app (a Web handler answering through `cache.answer`, as
 * src/server/apiHandlers/cachedAnswer.ts does), and it only answers once every request has
 * arrived, so the test does not depend on timing.
 */
let server: Server
let base: string
let arrived = 0
let computed = 0
let openGate: () => void = () => undefined
let gate = Promise.resolve()
/** The content version, as the plugin keeps it (a fresh value on every move). */
let version = 'v1'
const currentVersion = async () => version

/**
 * Where Next stands: a Web `Request` made from Express's (aborted when the client goes away, as
 * Next's is), and the `Response` written back.
 */
function webRoute(
  handler: (request: Request, req: ExpressRequest) => Promise<Response>,
): RequestHandler {
  return async (req, res) => {
    const client = new AbortController()
    res.once('close', () => res.writableFinished || client.abort(new Error('client went away')))
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    const request = new Request(`${base}${req.originalUrl}`, {
      method: req.method,
      headers,
      signal: client.signal,
    })
    try {
      const response = await handler(request, req)
      const responseHeaders: Record<string, string> = {}
      response.headers.forEach((value, name) => (responseHeaders[name] = value))
      res.writeHead(response.status, responseHeaders)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      res.destroy()
    }
  }
}

/** A body sent in many chunks: 32 of 16 KiB (half the store), each byte unlike its neighbours. */
const streamedBytes = Buffer.from(Array.from({ length: 32 * 16384 }, (_, i) => (i * 7 + 3) % 251))

beforeAll(async () => {
  const cache = httpCache({
    version: currentVersion,
    store: memoryStore(1024 * 1024),
    maxAgeSeconds: 10,
    staleWhileRevalidateSeconds: 60,
  })
  const app = express()
  app.use((_req, _res, next) => {
    arrived += 1
    next()
  })
  app.use(cache.middleware)
  app.get(
    '/api/slow',
    webRoute((request, req) =>
      cache.answer(request, async () => {
        computed += 1
        await gate
        if (req.query.abort && computed === 1) {
          req.socket.destroy()
          // The handler of a request whose client went away never answers.
          return new Promise<Response>(() => undefined)
        }
        return Response.json({ computed, version: await currentVersion() })
      }),
    ),
  )
  app.get(
    '/api/streamed',
    webRoute((request) =>
      cache.answer(request, async () => {
        computed += 1
        let sent = 0
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent >= streamedBytes.length) return controller.close()
            controller.enqueue(new Uint8Array(streamedBytes.subarray(sent, sent + 16384)))
            sent += 16384
          },
        })
        return new Response(stream, { headers: { 'Content-Type': 'application/octet-stream' } })
      }),
    ),
  )
  // Answers written straight to Node's response, not through the API handlers' cache.
  for (const path of ['/api/raw', '/api/users/raw'])
    app.get(path, (_req, res) => {
      res.writeHead(200, 'Fine', { 'Content-Type': 'application/json' })
      res.end('{"raw":true}')
    })
  server = await new Promise<Server>((resolve) => {
    const listening = createHttpServer(app, cache).listen(0, '127.0.0.1', () => resolve(listening))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function askTogether(path: string, count: number) {
  arrived = 0
  computed = 0
  gate = new Promise<void>((resolve) => (openGate = resolve))
  const answers = Promise.all(
    Array.from({ length: count }, () => fetch(`${base}${path}`).catch(() => undefined)),
  )
  while (arrived < count) await new Promise((resolve) => setTimeout(resolve, 5))
  openGate()
  return answers
}

describe('a missed public read asked for by many at once', () => {
  it('is computed once and shared with the others', async () => {
    const answers = await askTogether('/api/slow?page=1', 8)
    expect(computed).toBe(1)
    const states = answers.map((answer) => answer?.headers.get('x-cache'))
    expect(states.sort()).toEqual(['MISS', ...Array(7).fill('SHARED')])
    expect(new Set(answers.map((answer) => answer?.headers.get('etag'))).size).toBe(1)
    const next = await fetch(`${base}/api/slow?page=1`)
    expect(next.headers.get('x-cache')).toBe('HIT')
    expect(computed).toBe(1)
  })

  it('is computed again after a change, never shared across content versions', async () => {
    version = 'v2'
    const answers = await askTogether('/api/slow?page=1', 4)
    expect(computed).toBe(1)
    const body = await answers[0]!.json()
    expect(body.version).toBe('v2')
  })

  it('goes on without the first request when it is aborted: the others share one computation', async () => {
    const answers = await askTogether('/api/slow?abort=1', 5)
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(1)
    const states = answers.filter(Boolean).map((answer) => answer!.headers.get('x-cache'))
    expect(states.sort()).toEqual(['MISS', 'SHARED', 'SHARED', 'SHARED'])
    expect(computed).toBe(2)
  })
})

describe('answers the API handlers did not make through the cache', () => {
  it('stores a streamed answer byte-exact, and answers it again from the cache', async () => {
    computed = 0
    const first = await fetch(`${base}/api/streamed`)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(Buffer.from(await first.arrayBuffer()).equals(streamedBytes)).toBe(true)
    expect(first.headers.get('content-length')).toBe(String(streamedBytes.length))
    const second = await fetch(`${base}/api/streamed`)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(Buffer.from(await second.arrayBuffer()).equals(streamedBytes)).toBe(true)
    expect(computed).toBe(1)
  })

  // The cache never patches `res`: an answer written with `writeHead(status, statusMessage,
  // headers)` (or streamed, or piped) goes out as written and is never stored nor shared.
  it('never stores an answer written with writeHead(status, statusMessage, headers)', async () => {
    for (let i = 0; i < 2; i++) {
      const raw = await fetch(`${base}/api/raw`)
      expect(raw.status).toBe(200)
      expect(raw.statusText).toBe('Fine')
      expect(raw.headers.get('x-cache')).toBeNull()
      expect(raw.headers.get('etag')).toBeNull()
      expect(await raw.json()).toEqual({ raw: true })
    }
  })

  it('keeps such an answer private on a private path', async () => {
    const raw = await fetch(`${base}/api/users/raw`)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('cache-control')).toBe('private, no-store')
    expect(raw.headers.get('x-cache')).toBeNull()
  })
})
