import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { clusterBanner } from './banner'
import { haproxyConfig } from './haproxyConfig'
import { clusterPorts, readClusterOptions } from './options'
import {
  appSpec,
  balancerUrl,
  clusterSettings,
  haproxySpec,
  s3Spec,
  sharedEnv,
  workerSpec,
} from './processes'
import { assertPortsFree, waitUntilAnswering } from './readiness'
import { clusterSecrets } from './secrets'
import { ensureDatabase, ensureHaproxy, ensurePostgres, ensureRedis } from './services'
import { Supervised } from './supervisor'

/**
 * `npm run cluster`: HAProxy in front of N production app instances, one jobs worker, an S3
 * server, on the machine's PostgreSQL and Redis; each a process of its own, restarted when it
 * crashes, all stopped on Ctrl-C or SIGTERM. README, "Running several instances".
 */
const running: Supervised[] = []
let stopping = false

/**
 * HAProxy stops first (no new requests), S3 last (an instance may be finishing an upload). A signal
 * that arrives while stopping changes nothing: each process is killed if it takes over 15 s.
 */
async function stopAll(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  for (const supervised of running) supervised.retire()
  console.log('[cluster] stopping: load balancer first, then the instances and the worker…')
  const stop = (names: (name: string) => boolean) =>
    Promise.all(running.filter((p) => names(p.spec.name)).map((p) => p.stop()))
  await stop((name) => name === 'haproxy')
  await stop((name) => name !== 'haproxy' && name !== 's3')
  await stop((name) => name === 's3')
  console.log('[cluster] stopped.')
  process.exit(code)
}

function supervise(spec: ConstructorParameters<typeof Supervised>[0]): Supervised {
  const supervised = new Supervised(spec)
  running.push(supervised)
  supervised.start()
  return supervised
}

async function main(): Promise<void> {
  const options = readClusterOptions(process.argv.slice(2), process.env)
  const ports = clusterPorts(options)
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.log('[cluster] no production build yet: running `npm run build` (a few minutes)…')
    execFileSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '' },
    })
  }
  await assertPortsFree([ports.balancer, ports.stats, ports.s3, ...ports.apps])
  ensureHaproxy()
  await ensurePostgres(options.databaseUrl)
  const database = await ensureDatabase(options.databaseUrl)
  await ensureRedis(options.redisUrl)
  const secrets = clusterSecrets(options.dir, process.env)
  const env = sharedEnv(clusterSettings(options, ports, secrets))

  const s3 = supervise(s3Spec(options, ports))
  await waitUntilAnswering(s3, `http://127.0.0.1:${ports.s3}/`, 30_000, false)

  // The first instance starts alone: it applies the migrations and, on an empty database, seeds;
  // the others then start together on a database that is ready.
  console.log(
    database === 'created'
      ? '[cluster] new database: app1 applies the migrations and seeds it (a minute or so)…'
      : '[cluster] starting app1…',
  )
  const apps = [supervise(appSpec(1, ports.apps[0], env))]
  await waitUntilAnswering(apps[0], `http://127.0.0.1:${ports.apps[0]}/readyz`, 300_000)
  for (let i = 2; i <= options.instances; i++)
    apps.push(supervise(appSpec(i, ports.apps[i - 1], env)))
  const worker = supervise(workerSpec(env))
  await Promise.all(
    apps
      .slice(1)
      .map((app, i) =>
        waitUntilAnswering(app, `http://127.0.0.1:${ports.apps[i + 1]}/readyz`, 300_000),
      ),
  )

  const configFile = path.join(options.dir, 'haproxy.cfg')
  fs.writeFileSync(configFile, haproxyConfig(ports))
  const haproxy = supervise(haproxySpec(configFile))
  await waitUntilAnswering(haproxy, `${balancerUrl(ports)}/readyz`, 30_000)
  console.log(clusterBanner(options, ports, secrets, apps, worker))
}

// Whoever reads the output may go first (a closed terminal, a test run that ended): the processes
// must still be stopped, so a write that fails is not fatal.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)
process.on('SIGHUP', () => void stopAll(0))
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))
main().catch((error: unknown) => {
  console.error(`[cluster] ${(error as Error)?.message ?? error}`)
  void stopAll(1)
})
