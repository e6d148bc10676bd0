import { Router } from 'express'
import type { Payload } from 'payload'

import { readinessChecker } from './readiness'

/**
 * `/healthz`: the process answers (restart it if not). `/readyz`: it can serve (send it traffic if
 * so): 200 `{"status":"ready"}`; 503 `{"status":"unavailable","failed":["database"]}` naming the
 * failed checks (see readiness.ts); 503 `{"status":"shutting-down"}` while it drains.
 */
export function healthRoutes(payload: Payload, isShuttingDown: () => boolean): Router {
  const router = Router()
  const failedChecks = readinessChecker(payload)
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
    const failed = await failedChecks()
    if (failed.length > 0) res.status(503).json({ status: 'unavailable', failed })
    else res.json({ status: 'ready' })
  })
  return router
}
