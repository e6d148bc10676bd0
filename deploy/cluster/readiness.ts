import net from 'node:net'

import type { Supervised } from './supervisor'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function answers(url: string, okOnly: boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
    await response.arrayBuffer()
    return okOnly ? response.ok : true
  } catch {
    return false
  }
}

/**
 * Waits until `url` answers (200 when `okOnly`). Fails at once if the process ends first, or after
 * `timeoutMs`, saying which.
 */
export async function waitUntilAnswering(
  process: Supervised,
  url: string,
  timeoutMs: number,
  okOnly = true,
): Promise<void> {
  const starts = process.starts
  const deadline = Date.now() + timeoutMs
  while (!(await answers(url, okOnly))) {
    if (process.starts !== starts || !process.running)
      throw new Error(`${process.spec.name} exited before ${url} answered: see its output above.`)
    if (Date.now() > deadline)
      throw new Error(`${process.spec.name}: no answer from ${url} within ${timeoutMs / 1000} s.`)
    await sleep(250)
  }
}

/** Fails, naming the port and what to do, when something already listens on one of `ports`. */
export async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (!free)
      throw new Error(
        `port ${port} is in use (is a cluster already running?): stop it, or set CLUSTER_PORT to another base port.`,
      )
  }
}
