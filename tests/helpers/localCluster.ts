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
  /** Stops the cluster as a terminal's Ctrl-C or a process manager does (a signal to npm's whole
   * process group); the processes it started that still run after (none, when it stopped cleanly). */
  stop: () => Promise<{ stillRunning: string[]; stopLines: string[] }>
}

/** Whether a process of the group whose leader was `pid` (each started process leads one) runs. */
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
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
  let stopped: ReturnType<LocalCluster['stop']> | undefined
  const stop = () => (stopped ??= stopCluster(run, database, dir))
  try {
    await waitForOutput(run, 'Grappes cluster is up', 300_000)
  } catch (error) {
    await stop()
    throw error
  }
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
    stop,
  }
}

/** SIGTERM to npm's process group; then which of the processes the cluster started outlived it. */
async function stopCluster(
  run: ServerRun & { stop: (signal: NodeJS.Signals) => void },
  database: TestDatabase,
  dir: string,
) {
  run.stop('SIGTERM')
  await run.exited
  // npm ends at the signal; the cluster's own process (which shares its output) then stops what
  // it started: HAProxy, then the instances and the worker, then S3, each killed after 15 s.
  for (let i = 0; i < 240 && !run.output().includes('[cluster] stopped.'); i++)
    await new Promise((resolve) => setTimeout(resolve, 250))
  const started = [...run.output().matchAll(/\[cluster\] (\w+) started \(pid (\d+)\)/g)]
  const stillRunning = started
    .filter(([, , pid]) => groupAlive(Number(pid)))
    .map(([, name, pid]) => `${name} (pid ${pid})`)
  await database.drop()
  fs.rmSync(dir, { recursive: true, force: true })
  const stopLines = run
    .output()
    .split('\n')
    .filter((line) => / stopped/.test(line))
  return { stillRunning, stopLines }
}

/** The moment `port` first refuses a connection (polled every millisecond or so). */
export async function refusedSince(port: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(false)
      })
      socket.once('error', () => resolve(true))
    })
    if (refused) return Date.now()
  }
  throw new Error(`port ${port} still accepts connections after ${timeoutMs} ms`)
}
