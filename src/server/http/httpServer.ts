import { createServer, type Server } from 'node:http'
import type { Express } from 'express'

import type { HttpCache } from '@/server/responseCache/httpCache'

/**
 * The Node server in front of the Express app. Cache hits are answered here, before Express and
 * Next: a cached public read costs a lookup and a write (see src/server/responseCache/httpCache.ts).
 */
export function createHttpServer(app: Express, cache?: HttpCache): Server {
  if (!cache) return createServer(app)
  return createServer((req, res) => {
    cache.serveHit(req, res).then(
      (served) => served || app(req, res),
      () => app(req, res),
    )
  })
}
