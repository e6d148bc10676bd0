import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { attachResponseCache } from '@/plugins/responseCache'
import type { HttpCache } from '@/server/responseCache/httpCache'
import type { RateLimiting } from './rateLimits'
import { queryValidation } from './badInput/queryValidation'
import { apiDocsRoutes } from './apiDocs'
import { apiFromHost, type ApiRoutes } from './apiFromHost'
import { bodyLimit, type BodyLimits } from './bodyLimit'
import { headAsGet } from './headAsGet'
import { healthRoutes } from './health'
import { securityHeaders } from './securityHeaders'
import { siteNotFound } from './siteNotFound'
import { siteRedirects } from './siteRedirects'

export type AppOptions = {
  payload: Payload
  /** Serves everything else: Next's admin, REST, GraphQL and site. */
  nextHandler: RequestHandler
  /** Payload's API route handlers, answering GraphQL and REST reads without Next's router. */
  api?: ApiRoutes
  isProduction: boolean
  trustProxy?: boolean
  isShuttingDown: () => boolean
  /** Rate limiters, placed before Next (see rateLimits.ts). */
  limiters?: RateLimiting
  /**
   * HTTP caching of anonymous API reads (see src/server/responseCache/httpCache.ts): hits never
   * get here; misses are stored by the API handlers.
   */
  cache?: HttpCache
  /** Request body limits (413 beyond them); the defaults of src/env.ts when not given. */
  bodyLimits?: BodyLimits
}

export function createApp({
  payload,
  nextHandler,
  api,
  isProduction,
  trustProxy = false,
  limiters,
  cache,
  isShuttingDown,
  bodyLimits = { jsonMaxBytes: 1024 * 1024, uploadMaxBytes: 20 * 1024 * 1024 },
}: AppOptions): Express {
  // Payload's API handlers, in Next's bundle, reach the cache through the instance they share.
  attachResponseCache(payload, cache)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(securityHeaders(isProduction))
  app.use(healthRoutes(payload, isShuttingDown))
  app.use(bodyLimit(bodyLimits))
  app.use(headAsGet)
  if (limiters) {
    app.use(limiters.clientKey)
    for (const { paths, handler } of limiters.limiters) app.use(paths, handler)
  }
  app.use(apiDocsRoutes(payload.config.routes.api, payload.config.serverURL))
  app.use(queryValidation(payload))
  if (cache) app.use(cache.middleware)
  if (api) app.use(apiFromHost(api))
  app.use(siteRedirects(payload))
  app.use(siteNotFound)
  app.all('/{*splat}', nextHandler)
  return app
}
