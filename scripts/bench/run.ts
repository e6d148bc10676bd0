import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { churn, connections, measure, seconds, type Row } from './load'
import { printReport } from './report'
import {
  firstReadsAfterPublish,
  memoryMb,
  publishRepeatedly,
  run,
  signedInReaders,
  startBare,
  startServer,
} from './server'

/**
 * `npm run bench [-- --large]`: the production server on a seeded SQLite database, measured with
 * autocannon (a) with the response cache off (list reads from the read model), (a0) with the read
 * model off too, (b) with the cache on, and (c) a bare Node http server sending the
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
  // The same with Payload's `select: true`: only the fields the query names are read.
  'GraphQL, select: true': `/api/graphql?query=${encodeURIComponent(graphqlQuery.replace('limit: 20', 'limit: 20, select: true'))}`,
}
const listTargets = Object.keys(targets).filter((target) => target !== 'one cluster by slug')
const measured = large ? listTargets : Object.keys(targets)
/** WEB_CONCURRENCY measured: 1, then one process per core (at least 2). */
const scalingProcesses = [1, Math.max(2, os.cpus().length)]
const redisUrl = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379'

/** The reads also measured signed in (uncached: a signed-in read is never cached). */
const signedInTargets = ['cluster list (depth=1, fr)', 'companies list']

/** What start-up costs, read off the second start (the database is migrated and seeded). */
export type StartUp = { readyMs: number; firstAnswerMs: number; idleMb: number }
export type AfterPublish = { delayMs: number; reads: { ms: number; cache: string }[] }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One line per run, so that a long bench says where it is. */
function progress(total: number) {
  let done = 0
  const started = Date.now()
  return (what: string) => {
    done += 1
    const elapsed = Math.round((Date.now() - started) / 1000)
    console.log(`[bench] ${done}/${total} ${what} (${elapsed} s so far)`)
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) run('npm run build')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-bench-'))
  const databaseUrl = `file:${path.join(dir, 'bench.db')}`
  const rows: Row[] = []
  const peaks: Record<string, number> = {}
  const runs =
    (large ? listTargets.length : 0) +
    measured.length * 3 +
    signedInTargets.length * 2 +
    signedInTargets.length * scalingProcesses.length +
    signedInTargets.length /* read model off */ +
    1 /* while publishing */
  const step = progress(runs)
  console.log(
    `[bench] ${runs} runs of ${seconds + 2} s or more each, then a ${churnSeconds} s churn run: about ${Math.ceil((runs * (seconds + 4) + churnSeconds + 60) / 60)} min`,
  )

  // The first start seeds the empty database; the source pages hold no single story, so one
  // page of sample stories is added for the stories list to have something to list.
  await (await startServer(databaseUrl, 'off', port)).stop()
  run('npx tsx --conditions=production scripts/bench/data.ts 20 0', { DATABASE_URL: databaseUrl })

  if (large) {
    const server = await startServer(databaseUrl, 'off', port)
    for (const target of listTargets) {
      step(`(a) seeded, cache off · ${target}`)
      rows.push(
        await measure('(a) seeded, cache off', target, `${server.base}${targets[target]}`, {
          cpu: server.cpu,
        }),
      )
    }
    await server.stop()
    console.log('[bench] adding 10,000 stories and 1,000 companies…')
    run('npx tsx --conditions=production scripts/bench/data.ts 10000 1000', {
      DATABASE_URL: databaseUrl,
    })
  }

  const bodies: Record<string, Buffer> = {}
  let memory: { samples: number[]; row: Omit<Row, 'mode' | 'target'> } | undefined
  let publishing: { publishes: number; failures: number } | undefined
  let startUp: StartUp | undefined
  let afterPublish: AfterPublish[] = []
  for (const cache of ['off', 'on'] as const) {
    const server = await startServer(databaseUrl, cache, port)
    const first = performance.now()
    await (await fetch(`${server.base}${targets['cluster list (depth=1, fr)']}`)).arrayBuffer()
    const firstAnswerMs = performance.now() - first
    for (const target of measured)
      bodies[target] ??= Buffer.from(
        await (await fetch(`${server.base}${targets[target]}`)).arrayBuffer(),
      )
    if (cache === 'off') {
      await sleep(5000)
      const idleMb = memoryMb(server.child.pid!, 'VmRSS')
      startUp = { readyMs: server.readyMs, firstAnswerMs, idleMb }
      console.log(
        `[bench] start-up: ready in ${server.readyMs.toFixed(0)} ms, first answer ${firstAnswerMs.toFixed(0)} ms later; ${idleMb.toFixed(0)} MB resident when idle`,
      )
    }
    const mode = cache === 'off' ? '(a) cache off' : '(b) cache on'
    for (const target of measured) {
      step(`${mode} · ${target}`)
      rows.push(
        await measure(mode, target, `${server.base}${targets[target]}`, { cpu: server.cpu }),
      )
    }
    if (cache === 'off') {
      for (const [reader, headers] of Object.entries(await signedInReaders(server.base)))
        for (const target of signedInTargets) {
          step(`(a) cache off, ${reader} · ${target}`)
          rows.push(
            await measure(`(a) ${reader}`, target, `${server.base}${targets[target]}`, {
              cpu: server.cpu,
              headers,
            }),
          )
        }
    }
    if (cache === 'on') {
      const url = `${server.base}${targets['cluster list (depth=1, fr)']}`
      afterPublish = []
      for (const delayMs of [0, 250]) {
        console.log(`[bench] first read after a publish, ${delayMs} ms after it, 10 times…`)
        afterPublish.push({
          delayMs,
          reads: await firstReadsAfterPublish(server.base, url, 10, delayMs),
        })
      }
      step('(b) cache on, publishing every 1 s · cluster list (depth=1, fr)')
      const publisher = await publishRepeatedly(server.base, 1000)
      rows.push(
        await measure('(b) + publish every 1 s', 'cluster list (depth=1, fr)', url, {
          cpu: server.cpu,
        }),
      )
      publishing = publisher.stop()
      console.log(`[bench] churn: ${churnSeconds} s, every request a new cache entry…`)
      memory = await churn(`${server.base}${targets['stories list']}`, churnSeconds, () =>
        memoryMb(server.child.pid!, 'VmRSS'),
      )
    }
    peaks[cache] = memoryMb(server.child.pid!, 'VmHWM')
    if (cache === 'on') peaks.afterChurn = memoryMb(server.child.pid!, 'VmRSS')
    await server.stop()
  }

  // (a0) the two lists with the read model off too: what each read costs Payload from scratch.
  {
    const server = await startServer(databaseUrl, 'off', port, [], { READ_MODEL_MAX_BYTES: '0' })
    for (const target of signedInTargets) {
      step(`(a0) cache and read model off · ${target}`)
      rows.push(
        await measure('(a0) read model off', target, `${server.base}${targets[target]}`, {
          cpu: server.cpu,
        }),
      )
    }
    await server.stop()
  }

  // (d) WEB_CONCURRENCY: 1 process, then one per core, sharing Redis; uncached, so that the work
  // (not the cache) is what grows with the processes.
  for (const processes of scalingProcesses) {
    const server = await startServer(databaseUrl, 'off', port, [], {
      WEB_CONCURRENCY: String(processes),
      REDIS_URL: redisUrl,
    })
    for (const target of signedInTargets) {
      step(`(d) ${processes} process(es) · ${target}`)
      rows.push(
        await measure(
          `(d) WEB_CONCURRENCY=${processes}`,
          target,
          `${server.base}${targets[target]}`,
          {
            cpu: server.cpu,
          },
        ),
      )
    }
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
  for (const [i, target] of measured.entries()) {
    step(`(c) bare baseline · ${target}`)
    rows.push(await measure('(c) bare baseline', target, `${bare.base}/${i}`, { cpu: bare.cpu }))
  }
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
    startUp,
    afterPublish,
  })
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`)
  process.exit(1)
})
