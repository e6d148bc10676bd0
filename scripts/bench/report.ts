import type { Row } from './load'
import type { AfterPublish, StartUp } from './run'

type Report = {
  title: string
  rows: Row[]
  targets: string[]
  peaks: Record<string, number>
  memory?: { samples: number[]; row: Omit<Row, 'mode' | 'target'>; seconds: number }
  publishing?: { publishes: number; failures: number }
  large: boolean
  startUp?: StartUp
  afterPublish: AfterPublish[]
}

const mb = (value: number) => `${value.toFixed(0)} MB`
const check = (ok: boolean) => (ok ? 'met' : 'NOT met')

function printRows(rows: Row[]) {
  console.log(
    'mode                       | target                       |    req/s |  p50 ms |  p99 ms | CPU ms/req | errors',
  )
  for (const r of rows)
    console.log(
      `${r.mode.padEnd(26)} | ${r.target.padEnd(28)} | ${r.rps.toFixed(0).padStart(8)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${(r.cpuMs?.toFixed(2) ?? '-').padStart(10)} | ${r.errors}`,
    )
}

/** The table, the ratios, and each target of the issue read off the figures (not asserted). */
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export function printReport({
  title,
  rows,
  targets,
  peaks,
  memory,
  publishing,
  large,
  startUp,
  afterPublish,
}: Report) {
  console.log(`\n${title}`)
  printRows(rows)
  const find = (mode: string, target: string) =>
    rows.find((r) => r.mode.startsWith(mode) && r.target === target)
  const rps = (mode: string, target: string) => find(mode, target)?.rps ?? 0

  console.log('\nratios per target: b/a (cache on vs off), b/c (cache on vs bare baseline)')
  for (const target of targets)
    console.log(
      `  ${target.padEnd(28)} b/a = ${(rps('(b) cache on', target) / rps('(a) cache off', target)).toFixed(1)}×   b/c = ${(rps('(b) cache on', target) / rps('(c)', target)).toFixed(2)}`,
    )
  if (large) {
    console.log('\ngrowth with data, uncached: req/s seeded ÷ req/s large (target ≤ 2×)')
    for (const target of targets)
      console.log(
        `  ${target.padEnd(28)} ${(rps('(a) seeded', target) / rps('(a) cache off', target)).toFixed(2)}×`,
      )
  }
  const scaling = rows.filter((r) => r.mode.startsWith('(d)'))
  if (scaling.length) {
    console.log('\nWEB_CONCURRENCY (uncached, Redis shared): req/s with N processes ÷ req/s with 1')
    for (const target of new Set(scaling.map((r) => r.target))) {
      const byMode = scaling.filter((r) => r.target === target)
      console.log(
        `  ${target.padEnd(28)} ${byMode.map((r) => `${r.mode.slice(4)}: ${r.rps.toFixed(0)} req/s (${(r.rps / byMode[0].rps).toFixed(2)}×)`).join(', ')}`,
      )
    }
  }
  if (publishing)
    console.log(
      `\nwhile publishing: ${publishing.publishes} publishes (${publishing.failures} failed) during the "(b) + publish every 1 s" run; each one makes every cached answer stale`,
    )
  if (memory) {
    const every5 = memory.samples.filter((_, i) => i % 5 === 0 || i === memory.samples.length - 1)
    console.log(
      `\nmemory under churn (${memory.seconds} s, every request a new cache entry, ${memory.row.rps.toFixed(0)} req/s, ${memory.row.errors} errors):`,
    )
    console.log(`  RSS every 5 s: ${every5.map((value) => value.toFixed(0)).join(', ')} MB`)
  }
  console.log(
    `\nserver peak memory (VmHWM): cache off ${mb(peaks.off)}, cache on ${mb(peaks.on)} (includes the churn run); resident after the churn run ${mb(peaks.afterChurn ?? 0)}`,
  )
  if (startUp)
    console.log(
      `\nstart-up on a migrated, seeded database: ready ${startUp.readyMs.toFixed(0)} ms after the process started, first answer (uncached cluster list) ${startUp.firstAnswerMs.toFixed(0)} ms later; resident when idle ${mb(startUp.idleMb)}`,
    )
  for (const { delayMs, reads } of afterPublish)
    console.log(
      `first anonymous read of the cluster list ${delayMs} ms after a publish: median ${median(reads.map((r) => r.ms)).toFixed(1)} ms, max ${Math.max(...reads.map((r) => r.ms)).toFixed(1)} ms; X-Cache ${Object.entries(
        reads.reduce<Record<string, number>>(
          (count, r) => ({ ...count, [r.cache]: (count[r.cache] ?? 0) + 1 }),
          {},
        ),
      )
        .map(([state, n]) => `${state} ×${n}`)
        .join(', ')}`,
    )

  const cached = targets.map((target) => ({
    target,
    onOff: rps('(b) cache on', target) / rps('(a) cache off', target),
    onBare: rps('(b) cache on', target) / rps('(c)', target),
  }))
  const list = find('(a) cache off', 'cluster list (depth=1, fr)')
  console.log('\ntargets (read off the figures above):')
  console.log(
    `  cached ≥ 10× uncached: ${check(cached.every((c) => c.onOff >= 10))} (lowest ${Math.min(...cached.map((c) => c.onOff)).toFixed(1)}×)`,
  )
  console.log(
    `  cached ≥ half the bare baseline: ${check(cached.every((c) => c.onBare >= 0.5))} (lowest ${Math.min(...cached.map((c) => c.onBare)).toFixed(2)})`,
  )
  if (list)
    console.log(
      `  uncached cluster list p99 < 100 ms: ${check(list.p99 < 100)} (${list.p99} ms at ${list.rps.toFixed(0)} req/s)`,
    )
  const uncached = rows.filter((r) => r.mode === '(a) cache off')
  if (list?.cpuMs !== undefined)
    console.log(
      `  uncached cluster list ≤ 6 ms CPU per request, p99 < 200 ms: ${check(list.cpuMs <= 6 && list.p99 < 200)} (${list.cpuMs.toFixed(2)} ms, p99 ${list.p99} ms)`,
    )
  const others = uncached.filter((r) => r.target !== 'cluster list (depth=1, fr)')
  if (others.length)
    console.log(
      `  every other uncached read ≤ 4 ms CPU per request: ${check(others.every((r) => (r.cpuMs ?? Infinity) <= 4))} (highest ${Math.max(...others.map((r) => r.cpuMs ?? Infinity)).toFixed(2)} ms, ${others.reduce((a, b) => ((a.cpuMs ?? 0) > (b.cpuMs ?? 0) ? a : b)).target})`,
    )
  const signedIn = rows.filter((r) => /JWT|API key/.test(r.mode))
  if (signedIn.length) {
    const ratios = signedIn.map((r) => ({ r, ratio: rps('(a) cache off', r.target) / r.rps }))
    console.log(
      `  signed-in reads within 1.3× of the anonymous uncached read: ${check(ratios.every(({ ratio }) => ratio <= 1.3))} (${ratios.map(({ r, ratio }) => `${r.mode.slice(4)} ${r.target} ${ratio.toFixed(2)}×`).join('; ')})`,
    )
  }
  const immediate = afterPublish.find((a) => a.delayMs === 0)
  if (immediate && list)
    console.log(
      `  first read after a publish is not a miss (refresh-ahead): ${check(immediate.reads.every((r) => r.cache !== 'MISS'))} (median ${median(immediate.reads.map((r) => r.ms)).toFixed(1)} ms vs uncached p50 ${list.p50} ms)`,
    )
  if (startUp)
    console.log(
      `  cold start to ready under 2 s: ${check(startUp.readyMs < 2000)} (${startUp.readyMs.toFixed(0)} ms)\n  idle memory under 250 MB: ${check(startUp.idleMb < 250)} (${mb(startUp.idleMb)})`,
    )
  if (peaks.afterChurn)
    console.log(
      `  memory after the churn run under 400 MB: ${check(peaks.afterChurn < 400)} (${mb(peaks.afterChurn)})`,
    )
  console.log(`  zero errors: ${check(rows.every((r) => r.errors === 0))}`)
}
