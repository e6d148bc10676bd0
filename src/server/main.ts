import cluster from 'node:cluster'

import next from 'next'
import { getPayload } from 'payload'

import { bootPayload } from './bootstrap'
import { closePayload } from './closePayload'
import { StartupError } from '../env'
import { createApp } from './http/app'
import { createHttpServer } from './http/httpServer'
import { rateLimits } from './http/rateLimits'
import { responseCaching } from './responseCache/responseCaching'
import { handleShutdown, type ShutdownState } from './http/shutdown'
import { seedIfEmpty } from '../seed/seedIfEmpty'
import { startupBanner } from './startupBanner'
import { loadEnv } from './loadEnv'
import { superviseWorkers, WORKER_READY } from './workers'

async function main(): Promise<void> {
  const { payload, env } = await bootPayload()
  const report = env.seedOnStart ? await seedIfEmpty(payload, env) : undefined

  const nextApp = next({ dev: !env.isProduction, dir: process.cwd(), port: env.port })
  await nextApp.prepare().catch((error: Error) => {
    throw new StartupError(
      env.isProduction && /production build/i.test(error.message)
        ? 'No production build found: run `npm run build` first.'
        : `Next.js could not start: ${error.message}`,
    )
  })
  const nextHandler = nextApp.getRequestHandler()
  // Imported once the config is built (they read it when loaded), as Next's routes are.
  const [graphql, rest] = await Promise.all([
    import('./apiHandlers/graphqlRoute'),
    import('./apiHandlers/restRoute'),
  ])
  const { api: apiPath, graphQL: graphqlPath } = payload.config.routes

  const limits = await rateLimits(env, payload)
  const caching = responseCaching(env, payload)
  // Payload's job crons (`jobs.autoRun` in the config), started once the seed is in.
  if (env.jobsInProcess) await getPayload({ config: payload.config, cron: true })
  const state: ShutdownState = { shuttingDown: false }
  const app = createApp({
    payload,
    nextHandler: (req, res) => nextHandler(req, res),
    api: { apiPath, graphqlPath, graphql, rest },
    isProduction: env.isProduction,
    trustProxy: env.trustProxy,
    limiters: limits.middleware,
    cache: caching,
    bodyLimits: { jsonMaxBytes: env.jsonBodyMaxBytes, uploadMaxBytes: env.uploadMaxBytes },
    isShuttingDown: () => state.shuttingDown,
  })
  const server = createHttpServer(app, caching).listen(env.port, () => {
    console.log(startupBanner(env, report))
    process.send?.(WORKER_READY)
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE'
        ? `port ${env.port} is already in use: stop the other process or set PORT.`
        : error.message
    console.error(`[grappes] cannot listen: ${message}`)
    process.exit(1)
  })
  handleShutdown(
    server,
    state,
    async () => {
      await nextApp.close()
      await limits.close()
      await caching.close()
      await closePayload(payload)
    },
    env.shutdownTimeoutMs,
  )
}

/** `WEB_CONCURRENCY` > 1: this process is the primary of that many servers (see workers.ts). */
async function start(): Promise<void> {
  if (cluster.isPrimary) {
    const env = loadEnv()
    if (env.webConcurrency > 1) return superviseWorkers(env)
  }
  await main()
}

start().catch((error: unknown) => {
  const message =
    error instanceof StartupError
      ? error.message
      : `start failed: ${(error as Error)?.message ?? error}`
  console.error(`[grappes] ${message}`)
  process.exit(1)
})
