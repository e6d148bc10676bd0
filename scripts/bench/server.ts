import { execSync, spawn } from 'node:child_process'
import fs from 'node:fs'

/** What the bench's server processes share: a secret and an admin that can publish. */
export const BENCH_ENV = {
  NODE_ENV: 'production' as const,
  NODE_OPTIONS: '',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-bench-secret-bench-secret-0123',
  ADMIN_EMAIL: 'bench-admin@grappes.local',
  ADMIN_PASSWORD: 'bench-admin-password-0123',
  REDIS_URL: '',
  // The bench's admin and editor sign in with a password only (a second factor changes nothing
  // of what a signed-in read costs once the token is issued).
  TWO_FACTOR_REQUIRED_ROLES: '',
}

export function run(command: string, env: Record<string, string> = {}): void {
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...BENCH_ENV, ...env } })
}

/** A process's memory in MB, from /proc: `VmRSS` now, or `VmHWM` (the highest so far). */
export function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024
}

/** A process's CPU time so far (user + system), in ms: fields 14 and 15 of /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100)
}

/** The CPU time of a process and all its descendants (the workers of WEB_CONCURRENCY), in ms. */
export function treeCpuMs(pid: number): number {
  let children: number[] = []
  try {
    children = fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number)
  } catch {
    return 0 // ended meanwhile
  }
  return cpuMs(pid) + children.reduce((sum, child) => sum + treeCpuMs(child), 0)
}

/** Spawns a server process and waits for the line that says it is ready (and how long it took). */
async function spawnReady(args: string[], env: NodeJS.ProcessEnv, ready: string, base: string) {
  const started = performance.now()
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk) => {
      output += chunk
      if (output.includes(ready)) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return {
    child,
    base,
    readyMs: performance.now() - started,
    cpu: () => treeCpuMs(child.pid!),
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}

/** The production server (the Express host over the Next build), as `npm start` runs it. */
export function startServer(
  databaseUrl: string,
  cache: 'on' | 'off',
  port: number,
  nodeFlags: string[] = [],
  env: Record<string, string> = {},
) {
  const base = `http://127.0.0.1:${port}`
  return spawnReady(
    // As `npm start` runs it (compiled by `npm run build`), with its heap limit.
    ['--conditions=production', '--max-old-space-size=512', ...nodeFlags, 'dist/server.mjs'],
    {
      ...process.env,
      ...BENCH_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SERVER_URL: base,
      RESPONSE_CACHE: cache,
      RATE_LIMIT_GRAPHQL: '100000000',
      JOBS_IN_PROCESS: 'false',
      ...env,
    },
    env.WEB_CONCURRENCY && env.WEB_CONCURRENCY !== '1'
      ? 'server processes share port'
      : 'Grappes is ready',
    base,
  )
}

/** The bare baseline (scripts/bench/bare.ts) in its own process. */
export function startBare(bodiesFile: string, port: number) {
  return spawnReady(
    ['--import', 'tsx', 'scripts/bench/bare.ts', bodiesFile, String(port)],
    process.env,
    'bare baseline ready',
    `http://127.0.0.1:${port}`,
  )
}

/** A user's JWT, from the REST login. */
async function tokenOf(base: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok)
    throw new Error(`sign-in of ${email} failed: ${login.status} ${await login.text()}`)
  return ((await login.json()) as { token: string }).token
}

const adminHeaders = async (base: string) => ({
  Authorization: `JWT ${await tokenOf(base, BENCH_ENV.ADMIN_EMAIL, BENCH_ENV.ADMIN_PASSWORD)}`,
  'Content-Type': 'application/json',
})

/**
 * The headers of the signed-in readers the bench measures: an editor (communications) with a JWT,
 * and a front end with an API key. Both are created on the first call (the database is the bench's).
 */
export async function signedInReaders(
  base: string,
): Promise<Record<string, Record<string, string>>> {
  const headers = await adminHeaders(base)
  const editor = { email: 'bench-editor@grappes.local', password: 'bench-editor-password-0123' }
  const apiKey = '6f1c2d3e-bench-key-4a5b-8c9d-0e1f2a3b4c5d'
  const existing = await fetch(`${base}/api/users?where[email][equals]=${editor.email}&limit=1`, {
    headers,
  })
  if (((await existing.json()) as { totalDocs: number }).totalDocs === 0) {
    const created = await fetch(`${base}/api/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench editor', role: 'communications', ...editor }),
    })
    if (!created.ok) throw new Error(`editor not created: ${await created.text()}`)
    const client = await fetch(`${base}/api/api-clients`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench front end', enableAPIKey: true, apiKey }),
    })
    if (!client.ok) throw new Error(`API client not created: ${await client.text()}`)
  }
  return {
    'editor (JWT)': { Authorization: `JWT ${await tokenOf(base, editor.email, editor.password)}` },
    'front end (API key)': { Authorization: `api-clients API-Key ${apiKey}` },
  }
}

/** Publishes a change to one cluster (an admin's PATCH with `_status: published`). */
export async function publisher(base: string) {
  const headers = await adminHeaders(base)
  const cluster = (await (await fetch(`${base}/api/clusters?limit=1&depth=0`)).json()).docs[0]
  let n = 0
  return async (): Promise<boolean> => {
    const answer = await fetch(`${base}/api/clusters/${cluster.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ summary: `${cluster.summary} (${n++})`, _status: 'published' }),
    })
    await answer.arrayBuffer()
    return answer.ok
  }
}

/**
 * The first anonymous read of `url` after each of `times` publishes (the cache was warm before
 * each): its latency in ms and its X-Cache, read `delayMs` after the publish was acknowledged.
 */
export async function firstReadsAfterPublish(
  base: string,
  url: string,
  times: number,
  delayMs: number,
) {
  const publish = await publisher(base)
  const reads: { ms: number; cache: string }[] = []
  for (let i = 0; i < times; i++) {
    await (await fetch(url)).arrayBuffer()
    await (await fetch(url)).arrayBuffer() // now a hit
    if (!(await publish())) throw new Error('publish failed')
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const started = performance.now()
    const answer = await fetch(url)
    await answer.arrayBuffer()
    reads.push({ ms: performance.now() - started, cache: answer.headers.get('x-cache') ?? '' })
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return reads
}

/** Publishes a change to one cluster every `intervalMs` until stopped: every cached answer goes stale. */
export async function publishRepeatedly(base: string, intervalMs: number) {
  const publish = await publisher(base)
  let publishes = 0
  let failures = 0
  const timer = setInterval(async () => {
    if (await publish()) publishes += 1
    else failures += 1
  }, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return { publishes, failures }
    },
  }
}
