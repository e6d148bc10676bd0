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
}

export function run(command: string, env: Record<string, string> = {}): void {
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...BENCH_ENV, ...env } })
}

/** A process's memory in MB, from /proc: `VmRSS` now, or `VmHWM` (the highest so far). */
export function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024
}

/** Spawns a server process and waits for the line that says it is ready. */
async function spawnReady(args: string[], env: NodeJS.ProcessEnv, ready: string, base: string) {
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
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}

/** The production server (the Express host over the Next build), as `npm start` runs it. */
export function startServer(databaseUrl: string, cache: 'on' | 'off', port: number) {
  const base = `http://127.0.0.1:${port}`
  return spawnReady(
    // As `npm start` runs it, with its heap limit.
    ['--conditions=production', '--max-old-space-size=512', '--import', 'tsx', 'src/server/main.ts'],
    {
      ...process.env,
      ...BENCH_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SERVER_URL: base,
      RESPONSE_CACHE: cache,
      RATE_LIMIT_GRAPHQL: '100000000',
      JOBS_IN_PROCESS: 'false',
    },
    'Grappes is ready',
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

/** Publishes a change to one cluster every `intervalMs` until stopped: every cached answer goes stale. */
export async function publishRepeatedly(base: string, intervalMs: number) {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: BENCH_ENV.ADMIN_EMAIL, password: BENCH_ENV.ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const cluster = (await (await fetch(`${base}/api/clusters?limit=1&depth=0`)).json()).docs[0]
  let publishes = 0
  let failures = 0
  const timer = setInterval(async () => {
    const answer = await fetch(`${base}/api/clusters/${cluster.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ summary: `${cluster.summary} (${publishes})`, _status: 'published' }),
    })
    if (answer.ok) publishes += 1
    else failures += 1
  }, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return { publishes, failures }
    },
  }
}
