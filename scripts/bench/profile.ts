import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { run, startServer } from './server'

/**
 * `npm run bench:profile [-- <path and query>]`: a CPU profile (`--cpu-prof`) of the production
 * server answering one uncached read under load (by default the cluster list, depth=1, fr), and
 * its top frames: by function (self time) and by package (where the time goes).
 */
type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; endTime: number }

const target = process.argv[2] ?? '/api/clusters?depth=1&locale=fr&limit=20'
const seconds = Number(process.env.BENCH_SECONDS || 10)
const port = 3710

/** Where a frame's code lives: a package name, our own source, or Node's internals. */
function placeOf(url: string): string {
  if (!url) return '(native / V8)'
  if (url.startsWith('node:')) return 'node internals'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (url.includes('/.next/')) return 'Next build (.next)'
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')
}

/** The top frames of the samples taken in the window (µs, the profile's clock) of the load. */
function report(profile: Profile, window: { from: number; to: number }, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map<number, number>()
  // Sample times run backwards from the end: the deltas add up to endTime.
  let time = profile.endTime - profile.timeDeltas.reduce((a, b) => a + b, 0)
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0
    if (time < window.from || time > window.to) return
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0)
  const functions = new Map<string, number>()
  const places = new Map<string, number>()
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    const place = placeOf(url)
    const name = `${functionName || '(anonymous)'}  ${place}${url && !url.startsWith('node:') ? `:${lineNumber + 1}` : ''}`
    functions.set(name, (functions.get(name) ?? 0) + ms)
    places.set(place, (places.get(place) ?? 0) + ms)
  }
  const print = (title: string, entries: Map<string, number>) => {
    console.log(`\n${title}`)
    for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
  }
  console.log(`\nprofile of the measured load only: ${total.toFixed(0)} ms of samples`)
  print('top functions by self time', functions)
  print('where the time goes, by package', places)
}

async function main(): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) run('npm run build')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-profile-'))
  const databaseUrl = `file:${path.join(dir, 'profile.db')}`
  await (await startServer(databaseUrl, 'off', port)).stop()
  const server = await startServer(databaseUrl, 'off', port, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ])
  const url = `${server.base}${target}`
  console.log(`[profile] warming up, then ${seconds} s of ${target} under load…`)
  await autocannon({ url, connections: 20, duration: 3 })
  const result = await autocannon({ url, connections: 20, duration: seconds })
  console.log(`[profile] ${result.requests.total} requests, ${result.requests.average} req/s`)
  const stopping = performance.now()
  await server.stop()
  const stopMicros = (performance.now() - stopping) * 1000
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error('no profile written: the server did not exit cleanly')
  const kept = path.join(os.tmpdir(), `grappes-${Date.now()}.cpuprofile`)
  fs.copyFileSync(path.join(dir, file), kept)
  const profile = JSON.parse(fs.readFileSync(kept, 'utf8')) as Profile
  // The load ended when the stop began: the window is the measured run, start-up and stop left out.
  const to = profile.endTime - stopMicros
  report(profile, { from: to - seconds * 1_000_000, to })
  console.log(`\n[profile] the whole profile (open it in Chrome's DevTools): ${kept}`)
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((error: Error) => {
  console.error(`[profile] ${error.message}`)
  process.exit(1)
})
