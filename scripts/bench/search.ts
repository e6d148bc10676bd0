import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'

import { run, startServer } from './server'

/**
 * `npm run bench:search [-- --postgres]`: the latency of `GET /api/search` (median and p99, with
 * autocannon) on the seeded data, then again with 10,000 more published stories, indexed by
 * `npm run search:rebuild`. The response cache is off: each request searches. SQLite by default;
 * `--postgres` uses a scratch database on BENCH_POSTGRES_URL (default: the local server).
 */
const postgres = process.argv.includes('--postgres')
const port = 3710
const connections = Number(process.env.BENCH_CONNECTIONS || 4)
const seconds = Number(process.env.BENCH_SECONDS || 8)
const queries: Record<string, string> = {
  'rare word, accent-free (aerospatiale, fr)': 'q=aerospatiale&locale=fr',
  'cluster word (logistique, fr)': 'q=logistique&locale=fr',
  'sector word (robotics, en)': 'q=robotics&locale=en',
  'common word (technology, en)': 'q=technology&locale=en',
  'two words (startech story, en)': 'q=startech%20story&locale=en',
}

type Row = {
  data: string
  query: string
  hits: number
  rps: number
  p50: number
  p99: number
  errors: number
}

async function measure(data: string, query: string, base: string): Promise<Row> {
  const url = `${base}/api/search?${queries[query]}`
  const first = (await (await fetch(url)).json()) as { totalDocs: number }
  await autocannon({ url, connections, duration: 2 })
  const result = await autocannon({ url, connections, duration: seconds })
  const row = {
    data,
    query,
    hits: first.totalDocs,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
  console.log(
    `[bench:search] ${data} · ${query}: ${row.hits} hits, median ${row.p50} ms, p99 ${row.p99} ms`,
  )
  return row
}

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgres) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-bench-search-'))
    return {
      url: `file:${path.join(dir, 'bench.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const server = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `grappes_bench_search_${Date.now()}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

async function measureAll(databaseUrl: string, data: string, rows: Row[]) {
  const server = await startServer(databaseUrl, 'off', port)
  try {
    for (const query of Object.keys(queries)) rows.push(await measure(data, query, server.base))
  } finally {
    await server.stop()
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) run('npm run build')
  const database = await scratchDatabase()
  const rows: Row[] = []
  try {
    console.log(
      `[bench:search] ${postgres ? 'PostgreSQL' : 'SQLite'}, ${connections} connections, ${seconds} s per query`,
    )
    // The first start seeds the empty database (its creates go through the index's hooks).
    await measureAll(database.url, 'seeded', rows)
    console.log('[bench:search] adding 10,000 stories…')
    run('npx tsx --conditions=production scripts/bench/searchData.ts 10000', {
      DATABASE_URL: database.url,
    })
    // The bench data is written straight through the adapter, without hooks: the rebuild indexes it.
    run('npm run --silent search:rebuild', { DATABASE_URL: database.url })
    await measureAll(database.url, '+10,000 stories', rows)
  } finally {
    await database.drop()
  }
  console.log('\n| data | query | hits | req/s | median (ms) | p99 (ms) | errors |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows)
    console.log(
      `| ${row.data} | ${row.query} | ${row.hits} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.errors} |`,
    )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
