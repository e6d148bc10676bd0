import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import type { RequestHandler } from 'express'

import type { HttpCache } from '@/server/responseCache/httpCache'
import { createApp } from '@/server/http/app'
import { createHttpServer } from '@/server/http/httpServer'
import type { TestContext } from './payload'

/**
 * The Express host over real HTTP, with the app's own API route handlers where Next would call
 * them (no Next build needed): what reaches Payload, and what comes back, is the same.
 */
export async function startApiServer(ctx: TestContext, cache: HttpCache) {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const graphql = await import('../../src/app/(payload)/api/graphql/route')
  const nextHandler: RequestHandler = async (req, res) => {
    const url = `http://127.0.0.1${req.originalUrl}`
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    const hasBody = !['GET', 'HEAD'].includes(req.method)
    const body = hasBody
      ? await new Promise<Buffer>((resolve) => {
          const chunks: Buffer[] = []
          req.on('data', (c: Buffer) => chunks.push(c))
          req.on('end', () => resolve(Buffer.concat(chunks)))
        })
      : undefined
    const request = new Request(url, {
      method: req.method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
    })
    const path = req.path.replace(/^\/api\/?/, '')
    const method = req.method as 'GET' | 'POST' | 'PATCH' | 'DELETE'
    const response =
      path === 'graphql'
        ? await (method === 'GET' ? graphql.GET : graphql.POST)(request)
        : await rest[method](request, {
            params: Promise.resolve({ slug: path.split('/').filter(Boolean) }),
          })
    const responseHeaders: Record<string, string> = {}
    response.headers.forEach((value, name) => (responseHeaders[name] = value))
    res.writeHead(response.status, responseHeaders)
    res.end(Buffer.from(await response.arrayBuffer()))
  }
  const app = createApp({
    payload: ctx.payload,
    nextHandler,
    isProduction: false,
    isShuttingDown: () => false,
    cache,
  })
  const server = await new Promise<Server>((resolve) => {
    const listening = createHttpServer(app, cache).listen(0, '127.0.0.1', () => resolve(listening))
  })
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
