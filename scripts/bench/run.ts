import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { churn, connections, measure, seconds, type Row } from './load'
import { printReport } from './report'
import { memoryMb, publishRepeatedly, run, startBare, startServer } from './server'

/**
 * `npm run bench [-- --large]`: the production server on a seeded SQLite database, measured with
 * autocannon (a) with the response cache off, (b) on, and (c) a bare Node http server sending the
 * same bytes from memory. Then, cache on: reads while a change is published every second, and a
 * churn run (every request a new cache entry) sampling memory. `--large` measures the lists
 * uncached on the seeded data, adds 10,000 stories and 1,000 companies, then measures it all.
 */
const large = process.argv.includes('--large')
const churnSeconds = Number(process.env.BENCH_CHURN_SECONDS || 30)
const port = 3700
const graphqlQuery =
  '{ Clusters(locale: fr, limit: 20) { docs { name slug summary keyFigures { display source year } } } }'
const targets: Record<string, string> = {
  'cluster list (depth=1, fr)': '/api/clusters?depth=1&locale=fr&limit=20',
  // What a directory card shows: the lean read front ends should make for lists.
  'cluster cards (select)':
    '/api/clusters?depth=1&locale=fr&limit=20&joins=false&select[name]=true&select[slug]=true&select[kind]=true&select[region]=true&select[summary]=true&select[heroImage]=true',
  'one cluster by slug': '/api/clusters?where[slug][equals]=aerospace&depth=1&limit=1',
  'stories list': '/api/stories?limit=20&depth=1',
  'companies list': '/api/companies?limit=20&depth=1',
  'GraphQL clusters (GET)': `/api/graphql?query=${encodeURIComponent(graphqlQuery)}`,
}
const listTargets = Object.keys(targets).filter((target) => target !== 'one cluster by slug')
const measured = large ? listTargets : Object.keys(targets)

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) run('npm run build')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-bench-'))
  const databaseUrl = `file:${path.join(dir, 'bench.db')}`
  const rows: Row[] = []
  const peaks: Record<string, number> = {}

  // The first start seeds the empty database; the source pages hold no single story, so one
  // page of sample stories is added for the stories list to have something to list.
  await (await startServer(databaseUrl, 'off', port)).stop()
  run('npx tsx --conditions=production scripts/bench/data.ts 20 0', { DATABASE_URL: databaseUrl })

  if (large) {
    const server = await startServer(databaseUrl, 'off', port)
    for (const target of listTargets)
      rows.push(await measure('(a) seeded, cache off', target, `${server.base}${targets[target]}`))
    await server.stop()
    console.log('[bench] adding 10,000 stories and 1,000 companies…')
    run('npx tsx --conditions=production scripts/bench/data.ts 10000 1000', {
      DATABASE_URL: databaseUrl,
    })
  }

  const bodies: Record<string, Buffer> = {}
  let memory: { samples: number[]; row: Omit<Row, 'mode' | 'target'> } | undefined
  let publishing: { publishes: number; failures: number } | undefined
  for (const cache of ['off', 'on'] as const) {
    const server = await startServer(databaseUrl, cache, port)
    for (const target of measured)
      bodies[target] ??= Buffer.from(
        await (await fetch(`${server.base}${targets[target]}`)).arrayBuffer(),
      )
    const mode = cache === 'off' ? '(a) cache off' : '(b) cache on'
    for (const target of measured)
      rows.push(await measure(mode, target, `${server.base}${targets[target]}`))
    if (cache === 'on') {
      const publisher = await publishRepeatedly(server.base, 1000)
      rows.push(
        await measure(
          '(b) + publish every 1 s',
          'cluster list (depth=1, fr)',
          `${server.base}${targets['cluster list (depth=1, fr)']}`,
        ),
      )
      publishing = publisher.stop()
      console.log(`[bench] churn: ${churnSeconds} s, every request a new cache entry…`)
      memory = await churn(`${server.base}${targets['stories list']}`, churnSeconds, () =>
        memoryMb(server.child.pid!, 'VmRSS'),
      )
    }
    peaks[cache] = memoryMb(server.child.pid!, 'VmHWM')
    await server.stop()
  }

  // (c) the same bytes from memory, from a bare Node http server: the ceiling on these cores.
  const bodiesFile = path.join(dir, 'bodies.json')
  fs.writeFileSync(
    bodiesFile,
    JSON.stringify(
      Object.fromEntries(measured.map((target, i) => [`/${i}`, bodies[target].toString('base64')])),
    ),
  )
  const bare = await startBare(bodiesFile, port + 1)
  for (const [i, target] of measured.entries())
    rows.push(await measure('(c) bare baseline', target, `${bare.base}/${i}`))
  await bare.stop()
  fs.rmSync(dir, { recursive: true, force: true })

  printReport({
    title: `Grappes benchmark${large ? ' (large: +10,000 stories, +1,000 companies)' : ''}: ${connections} connections, ${seconds} s per run, ${os.cpus().length} cores`,
    rows,
    targets: measured,
    peaks,
    memory: memory && { ...memory, seconds: churnSeconds },
    publishing,
    large,
  })
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`)
  process.exit(1)
})
