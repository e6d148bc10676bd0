import { execSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'

/**
 * `npm run bench [-- --large]`: the production server on a seeded SQLite database, measured with
 * autocannon (a) with the response cache off, (b) on, and (c) a bare Node http server sending the
 * same bytes from memory. `--large` adds 10,000 stories and 1,000 companies first.
 */
const large = process.argv.includes('--large')
const seconds = Number(process.env.BENCH_SECONDS || 8)
const connections = Number(process.env.BENCH_CONNECTIONS || 20)
const graphqlQuery =
  '{ Clusters(locale: fr, limit: 20) { docs { name slug summary keyFigures { display source year } } } }'
const targets: Record<string, string> = {
  'cluster list (depth=1, fr)': '/api/clusters?depth=1&locale=fr&limit=20',
  'one cluster by slug': '/api/clusters?where[slug][equals]=aerospace&depth=1&limit=1',
  'stories list': '/api/stories?limit=20&depth=1',
  'GraphQL clusters (GET)': `/api/graphql?query=${encodeURIComponent(graphqlQuery)}`,
}
if (large) delete targets['one cluster by slug']

type Row = { mode: string; target: string; rps: number; p50: number; p99: number; errors: number }
const rows: Row[] = []
const peaks: Record<string, number> = {}

function run(command: string, env: Record<string, string>) {
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } })
}

function peakRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

async function startServer(
  databaseUrl: string,
  cache: 'on' | 'off',
  port: number,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/server.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        SERVER_URL: `http://127.0.0.1:${port}`,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-bench-secret-bench-secret-0123',
        RESPONSE_CACHE: cache,
        RATE_LIMIT_GRAPHQL: '100000000',
        JOBS_IN_PROCESS: 'false',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk) => {
      output += chunk
      if (output.includes('Grappes is ready')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return child
}

async function measure(mode: string, base: string): Promise<void> {
  for (const [target, url] of Object.entries(targets)) {
    await autocannon({ url: `${base}${url}`, connections, duration: 2 }) // warm-up
    const result = await autocannon({ url: `${base}${url}`, connections, duration: seconds })
    rows.push({
      mode,
      target,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    })
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) run('npm run build', {})
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-bench-'))
  const databaseUrl = `file:${path.join(dir, 'bench.db')}`
  const port = 3700

  // Seed (first start seeds an empty database), then optionally grow the data.
  let server = await startServer(databaseUrl, 'off', port)
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  if (large)
    run('npx tsx --conditions=production scripts/bench-data.ts', {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      NODE_OPTIONS: '',
    })

  const bodies: Record<string, Buffer> = {}
  for (const cache of ['off', 'on'] as const) {
    server = await startServer(databaseUrl, cache, port)
    const base = `http://127.0.0.1:${port}`
    for (const url of Object.values(targets))
      bodies[url] ??= Buffer.from(await (await fetch(`${base}${url}`)).arrayBuffer())
    await measure(cache === 'off' ? '(a) cache off' : '(b) cache on', base)
    peaks[cache] = peakRss(server.pid!)
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }

  // (c) the same bytes from memory, from a bare Node http server: the ceiling on these cores.
  const bare = http.createServer((req, res) => {
    const body = bodies[req.url ?? ''] ?? Buffer.alloc(0)
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
  await measure('(c) bare baseline', `http://127.0.0.1:${(bare.address() as AddressInfo).port}`)
  bare.close()
  fs.rmSync(dir, { recursive: true, force: true })

  console.log(
    `\nGrappes benchmark${large ? ' (large: +10,000 stories, +1,000 companies)' : ''}: ${connections} connections, ${seconds} s per run, ${os.cpus().length} cores`,
  )
  console.log(
    'mode                | target                       |    req/s |  p50 ms |  p99 ms | errors',
  )
  for (const r of rows) {
    console.log(
      `${r.mode.padEnd(19)} | ${r.target.padEnd(28)} | ${r.rps.toFixed(0).padStart(8)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${r.errors}`,
    )
  }
  console.log('\nratios per target: b/a (cache on vs off), b/c (cache on vs bare baseline)')
  for (const target of Object.keys(targets)) {
    const rps = (mode: string) =>
      rows.find((r) => r.mode.startsWith(mode) && r.target === target)?.rps ?? 0
    console.log(
      `  ${target.padEnd(28)} b/a = ${(rps('(b)') / rps('(a)')).toFixed(1)}×   b/c = ${(rps('(b)') / rps('(c)')).toFixed(2)}`,
    )
  }
  console.log(
    `\nserver peak memory (VmHWM): cache off ${peaks.off.toFixed(0)} MB, cache on ${peaks.on.toFixed(0)} MB`,
  )
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`)
  process.exit(1)
})
