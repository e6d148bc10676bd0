import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createApp } from '@/server/http/app'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let server: Server
let base: string

/**
 * Takes the database away under the running server: SQLite's connection is closed, PostgreSQL's
 * database is dropped (its connections terminated), as when a server disappears.
 */
async function loseDatabase(): Promise<void> {
  const db = ctx.payload.db as unknown as {
    client?: { close: () => void }
    pool?: { on: (e: string, l: () => void) => void }
  }
  db.client?.close()
  db.pool?.on('error', () => undefined)
  await ctx.database.drop()
}

beforeAll(async () => {
  ctx = await startPayload()
  // Only the health routes are under test here; the full server with Next is in server.test.ts.
  const app = createApp({
    payload: ctx.payload,
    nextHandler: (_req, res) => res.status(404).end(),
    isProduction: true,
    isShuttingDown: () => false,
  })
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await ctx.database.drop()
})

describe('health and readiness over HTTP', () => {
  it('/healthz answers while the process runs', async () => {
    const response = await fetch(`${base}/healthz`)
    expect(response.status).toBe(200)
    expect((await response.json()).status).toBe('ok')
  })

  it('sends security headers and hides the framework', async () => {
    const response = await fetch(`${base}/healthz`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('strict-transport-security')).toContain('max-age=')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('/readyz is 200 while the database answers and 503 once it is gone', async () => {
    const ready = await fetch(`${base}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })

    await loseDatabase()
    const gone = await fetch(`${base}/readyz`)
    expect(gone.status).toBe(503)
    expect(await gone.json()).toEqual({ status: 'unavailable', failed: ['database'] })
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })
})
