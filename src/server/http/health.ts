import { Router } from 'express'
import type { Payload } from 'payload'

import { pingDatabase } from '@/database/ping'

/** `/healthz`: the process answers. `/readyz`: the database answers too, else 503. */
export function healthRoutes(payload: Payload, isShuttingDown: () => boolean): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down' })
      return
    }
    try {
      await pingDatabase(payload)
      res.json({ status: 'ready', database: payload.db.name })
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        database: payload.db.name,
        reason: (error as Error).message,
      })
    }
  })
  return router
}
