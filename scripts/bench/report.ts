import type { Row } from './load'

type Report = {
  title: string
  rows: Row[]
  targets: string[]
  peaks: Record<string, number>
  memory?: { samples: number[]; row: Omit<Row, 'mode' | 'target'>; seconds: number }
  publishing?: { publishes: number; failures: number }
  large: boolean
}

const mb = (value: number) => `${value.toFixed(0)} MB`
const check = (ok: boolean) => (ok ? 'met' : 'NOT met')

function printRows(rows: Row[]) {
  console.log(
    'mode                     | target                       |    req/s |  p50 ms |  p99 ms | errors',
  )
  for (const r of rows)
    console.log(
      `${r.mode.padEnd(24)} | ${r.target.padEnd(28)} | ${r.rps.toFixed(0).padStart(8)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${r.errors}`,
    )
}

/** The table, the ratios, and each target of the issue read off the figures (not asserted). */
export function printReport({ title, rows, targets, peaks, memory, publishing, large }: Report) {
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
    `\nserver peak memory (VmHWM): cache off ${mb(peaks.off)}, cache on ${mb(peaks.on)} (includes the churn run)`,
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
  console.log(`  zero errors: ${check(rows.every((r) => r.errors === 0))}`)
}
