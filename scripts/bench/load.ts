import autocannon from 'autocannon'

export type Row = {
  mode: string
  target: string
  rps: number
  p50: number
  p99: number
  errors: number
  /** Server CPU (user + system) per request during the measured run, in ms. */
  cpuMs?: number
}

export const connections = Number(process.env.BENCH_CONNECTIONS || 20)
export const seconds = Number(process.env.BENCH_SECONDS || 8)

/** A process's CPU time so far (user + system), in ms, from /proc (clock ticks of 10 ms). */
export type CpuClock = () => number

/**
 * One target under load, after a warm-up of 2 s and at least 400 requests (the first requests of
 * an uncached read load code and warm the JIT for seconds), then `seconds` measured. With the
 * server's CPU clock, the row holds its CPU per request over the measured run.
 */
export async function measure(
  mode: string,
  target: string,
  url: string,
  { cpu, headers }: { cpu?: CpuClock; headers?: Record<string, string> } = {},
): Promise<Row> {
  await autocannon({ url, connections, headers, duration: 2 })
  await autocannon({ url, connections, headers, amount: 400 })
  const cpuBefore = cpu?.()
  const result = await autocannon({ url, connections, headers, duration: seconds })
  const cpuAfter = cpu?.()
  return {
    mode,
    target,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMs:
      cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0
        ? undefined
        : (cpuAfter - cpuBefore) / result.requests.total,
  }
}

/**
 * Every request a new URL (a new cache entry) for `durationSeconds`, sampling the server's memory
 * each second: the response cache must stay within its byte budget, and the process with it.
 */
export async function churn(
  url: string,
  durationSeconds: number,
  sample: () => number,
): Promise<{ row: Omit<Row, 'mode' | 'target'>; samples: number[] }> {
  const samples: number[] = [sample()]
  const timer = setInterval(() => samples.push(sample()), 1000)
  let n = 0
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: `${request.path}&churn=${n++}` }),
      },
    ],
  })
  clearInterval(timer)
  samples.push(sample())
  return {
    row: {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
    },
    samples,
  }
}
