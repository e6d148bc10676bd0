import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { HttpCache } from '@/cache/httpCache'
import { healthRoutes } from './health'
import { securityHeaders } from './securityHeaders'

export type AppOptions = {
  payload: Payload
  /** Serves everything else: Next's admin, REST, GraphQL and site. */
  nextHandler: RequestHandler
  isProduction: boolean
  trustProxy?: boolean
  isShuttingDown: () => boolean
  /** Rate limiters, placed before Next (see rateLimits.ts). */
  limiters?: RequestHandler[]
  /** HTTP caching of anonymous API reads (see src/cache/httpCache.ts); hits never get here. */
  cache?: HttpCache
}

export function createApp({
  payload,
  nextHandler,
  isProduction,
  trustProxy = false,
  limiters = [],
  cache,
  isShuttingDown,
}: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(securityHeaders(isProduction))
  app.use(healthRoutes(payload, isShuttingDown))
  for (const limiter of limiters) app.use(limiter)
  if (cache) app.use(cache.middleware)
  app.all('/{*splat}', nextHandler)
  return app
}
