import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import pg from 'pg'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0

async function waitFor(what: string, check: () => boolean, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (check()) return
    await sleep(500)
  }
  throw new Error(`${what} did not answer within ${seconds} s.`)
}

/** Starts the machine's PostgreSQL cluster (as .ci/run does) when nothing answers on `url`. */
export async function ensurePostgres(url: string): Promise<void> {
  const { hostname, port } = new URL(url)
  const ready = () => succeeds('pg_isready', ['-q', '-h', hostname, '-p', port || '5432'])
  if (ready()) return
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : []
  if (versions.length === 0)
    throw new Error(
      `PostgreSQL does not answer at ${hostname}:${port || 5432} and none is installed: install it (apt-get install -y postgresql) or set CLUSTER_DATABASE_URL.`,
    )
  console.log(`[cluster] starting PostgreSQL ${versions[0]} (pg_ctlcluster)…`)
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start'], {
    stdio: 'inherit',
  })
  await waitFor('PostgreSQL', ready, 30)
}

/** Creates the cluster's database when it does not exist yet (on the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<'created' | 'existing'> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!/^[\w-]+$/.test(name))
    throw new Error(
      `CLUSTER_DATABASE_URL must name a database (letters, digits, _ or -), got "${name}".`,
    )
  const server = new URL(url)
  server.pathname = '/postgres'
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount) return 'existing'
    await client.query(`create database "${name}"`)
    return 'created'
  } finally {
    await client.end()
  }
}

/** Starts a Redis server (as .ci/run does) when nothing answers on `url`. */
export async function ensureRedis(url: string): Promise<void> {
  const { hostname, port } = new URL(url)
  const ready = () => succeeds('redis-cli', ['-h', hostname, '-p', port || '6379', 'ping'])
  if (ready()) return
  console.log('[cluster] starting Redis…')
  execFileSync(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--bind',
      hostname,
      '--port',
      port || '6379',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: 'inherit' },
  )
  await waitFor('Redis', ready, 15)
}

/** Installs Debian's HAProxy when it is missing (scripts/ensure-haproxy.sh). */
export function ensureHaproxy(): void {
  execFileSync('bash', ['scripts/ensure-haproxy.sh'], { stdio: 'inherit' })
}
