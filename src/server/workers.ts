import cluster, { type Worker } from 'node:cluster'

import { StartupError, type AppEnv } from '../env'

/** What a worker tells the primary once it listens. */
export const WORKER_READY = 'grappes:ready'

/**
 * Checks that `WEB_CONCURRENCY` processes can serve as one: they share nothing in memory, so the
 * content version, the response cache and the rate-limit counts must live in Redis, and a token
 * signed by one must be accepted by the others.
 */
export function assertWorkersCanShare(env: AppEnv): void {
  if (!env.redisUrl)
    throw new StartupError(
      `WEB_CONCURRENCY=${env.webConcurrency} needs REDIS_URL: the processes share the content version, the response cache and the rate limits there. Set REDIS_URL, or WEB_CONCURRENCY=1.`,
    )
  if (env.generatedSecret)
    throw new StartupError(
      `WEB_CONCURRENCY=${env.webConcurrency} needs PAYLOAD_SECRET: each process would make its own, and sign-ins would hold in one process only. Set PAYLOAD_SECRET (openssl rand -hex 32).`,
    )
}

/**
 * The primary of `WEB_CONCURRENCY` server processes sharing one port (Node's cluster module: the
 * primary accepts connections and hands them to the workers in turn). It loads no Payload itself.
 *
 * The first worker starts alone: it applies the migrations and seeds an empty database, and runs
 * the in-process jobs (JOBS_IN_PROCESS); the others start once it listens (they find nothing to
 * migrate), without jobs. A worker that dies is replaced, in the same role. SIGTERM or SIGINT: every worker drains and stops (see http/shutdown.ts),
 * then the primary exits with the first non-zero code, if any.
 */
export function superviseWorkers(env: AppEnv): void {
  assertWorkersCanShare(env)
  let stopping = false
  let exitCode = 0
  const live = new Set<Worker>()

  const fork = (first: boolean): Promise<void> =>
    new Promise((ready) => {
      const worker = cluster.fork(first ? {} : { JOBS_IN_PROCESS: 'false', SEED_ON_START: 'false' })
      live.add(worker)
      worker.on('message', (message) => message === WORKER_READY && ready())
      worker.on('exit', (code, signal) => {
        live.delete(worker)
        if (stopping) {
          if (code) exitCode ||= code
          if (live.size === 0) process.exit(exitCode)
          return
        }
        console.error(
          `[grappes] worker ${worker.process.pid} ended (${signal ?? `code ${code}`}): starting another`,
        )
        void fork(first) // the first one's replacement runs the jobs in its place
      })
    })

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`[grappes] ${signal}: stopping ${live.size} server processes…`)
    if (live.size === 0) process.exit(exitCode)
    for (const worker of live) worker.process.kill('SIGTERM')
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  void (async () => {
    await fork(true)
    await Promise.all(Array.from({ length: env.webConcurrency - 1 }, () => fork(false)))
    console.log(`[grappes] ${env.webConcurrency} server processes share port ${env.port}`)
  })()
}
