/** One request of a read load: when it started and ended, and how it went. */
export type LoadRequest = {
  startedAt: number
  endedAt: number
  status: number
  servedBy: string
  /** Why no answer came (status 0): e.g. "other side closed". */
  error?: string
}

/**
 * Anonymous GETs of `url`, `concurrency` at a time, until `stop()`; a request that gets no answer
 * has status 0. HAProxy names the instance that answered in X-Served-By.
 */
export function startReadLoad(url: string, concurrency: number) {
  const requests: LoadRequest[] = []
  let running = true
  const loop = async () => {
    while (running) {
      const startedAt = Date.now()
      let status = 0
      let servedBy = ''
      let error: string | undefined
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
        await response.arrayBuffer()
        status = response.status
        servedBy = response.headers.get('x-served-by') ?? ''
      } catch (failure) {
        const cause = (failure as Error & { cause?: Error }).cause
        error = cause?.message ?? (failure as Error).message
      }
      requests.push({ startedAt, endedAt: Date.now(), status, servedBy, error })
    }
  }
  const loops = Array.from({ length: concurrency }, loop)
  return {
    requests,
    stop: async () => {
      running = false
      await Promise.all(loops)
      return requests
    },
  }
}
