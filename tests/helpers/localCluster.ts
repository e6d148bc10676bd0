import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createClient } from 'redis'

import { clusterPorts, type ClusterPorts } from '../../deploy/cluster/options'
import { createTestDatabase, type TestDatabase } from './database'
import { startNpmScript, waitForOutput, type ServerRun } from './serverProcess'

export const CLUSTER_ADMIN = { email: 'admin@cluster.test', password: 'a-cluster-admin-password' }
/** A Redis database of the test cluster's own (other test files use database 0): emptied first. */
const REDIS_URL = 'redis://127.0.0.1:6379/15'

export type LocalCluster = {
  run: ServerRun & { stop: (signal: NodeJS.Signals) => void }
  ports: ClusterPorts
  balancer: string
  instance: (index: number) => string
  /** The pid of app `index` (from 1) that the supervisor started last. */
  pid: (index: number) => number
  database: TestDatabase
  stop: () => Promise<number | null>
}

const listens = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(true))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)))
  })

/** A base port whose every cluster port is free now. */
async function freeBasePort(instances: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000)
    const ports = clusterPorts({ port: base, instances })
    const used = await Promise.all(
      [ports.balancer, ports.stats, ports.s3, ...ports.apps].map(listens),
    )
    if (!used.includes(true)) return base
  }
  throw new Error('no free range of ports found for the cluster')
}

/**
 * `npm run cluster` as an operator runs it, on a fresh PostgreSQL database, a Redis database and a
 * folder of its own, with free ports; resolves once it prints that it is up (it seeds first).
 */
export async function startLocalCluster(env: Record<string, string> = {}): Promise<LocalCluster> {
  const instances = 2
  const database = await createTestDatabase()
  const redis = createClient({ url: REDIS_URL })
  await redis.connect()
  await redis.flushDb()
  await redis.quit()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-cluster-'))
  const port = await freeBasePort(instances)
  const ports = clusterPorts({ port, instances })
  const run = startNpmScript('cluster', {
    CLUSTER_INSTANCES: String(instances),
    CLUSTER_PORT: String(port),
    CLUSTER_DATABASE_URL: database.url,
    CLUSTER_REDIS_URL: REDIS_URL,
    CLUSTER_DIR: dir,
    ADMIN_EMAIL: CLUSTER_ADMIN.email,
    ADMIN_PASSWORD: CLUSTER_ADMIN.password,
    // Set for the in-process tests (tests/helpers/env.ts); the cluster's instances serve the admin.
    PAYLOAD_DISABLE_ADMIN: undefined,
    ...env,
  })
  await waitForOutput(run, 'Grappes cluster is up', 300_000)
  const pid = (index: number) => {
    const started = [
      ...run
        .output()
        .matchAll(new RegExp(`\\[cluster\\] app${index} started \\(pid (\\d+)\\)`, 'g')),
    ]
    return Number(started.at(-1)?.[1])
  }
  return {
    run,
    ports,
    balancer: `http://127.0.0.1:${ports.balancer}`,
    instance: (index) => `http://127.0.0.1:${ports.apps[index - 1]}`,
    pid,
    database,
    stop: async () => {
      run.stop('SIGTERM')
      const code = await run.exited
      await database.drop()
      fs.rmSync(dir, { recursive: true, force: true })
      return code
    },
  }
}
