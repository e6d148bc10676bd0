import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'

import { httpCache } from '@/server/responseCache/httpCache'
import { memoryStore } from '@/server/responseCache/responseStore'
import { createHttpServer } from '@/server/http/httpServer'

/**
 * Many front ends asking for the same thing right after a publish (every cached answer has just
 * become unreachable) must cost one computation, not one each. The slow handler stands where
 * Next and Payload stand in the app, and it only answers once every request has arrived, so the
 * test does not depend on timing.
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
  app.get('/api/slow', async (req, res) => {
    computed += 1
    await gate
    if (req.query.abort && computed === 1) return void req.socket.destroy()
    res.json({ computed, version: await currentVersion() })
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
