import type { HttpCache, PublicRead } from './httpCache'

export type RefreshAhead = {
  /** Counts one public read (hit or miss) towards the most-read answers. */
  noteRead: (read: PublicRead) => void
  /** Recomputes the most-read answers under `version`, the one a change just moved to. */
  refresh: (version: string) => void
  /** Resolves when no refresh is running (shutdown). */
  idle: () => Promise<void>
}

/** Reads counted at most: past it, the least-read half is forgotten. */
const MAX_TRACKED = 2_000
/** Answers recomputed at once: one per core of a small server; the readers keep the rest. */
const CONCURRENCY = 2

/**
 * Refresh-ahead for the response cache: the answers read most since the last change are asked
 * again, by this process, of its own server, as soon as the next change has committed. The content
 * version has moved by then, so each is computed from the committed data and stored under the new
 * version like any miss: nothing older than the commit is ever served.
 *
 * They are claimed at the very moment of the move (httpCache's `claim`), before the publish is
 * even acknowledged: a reader who asks for one of them meanwhile waits for its refresh (X-Cache:
 * SHARED) instead of computing it again; the most-read are refreshed first, CONCURRENCY at a time.
 *
 * The counts are halved at each refresh, so the answers refreshed are the ones read lately.
 */
export function refreshAhead({
  count,
  baseUrl,
  claim,
  log,
}: {
  /** How many answers are refreshed (0: none). */
  count: number
  /** This server, for its own requests (loopback). */
  baseUrl: string
  claim: HttpCache['claim']
  log: (message: string) => void
}): RefreshAhead {
  const reads = new Map<string, PublicRead & { times: number }>()
  let running: Promise<void> | undefined
  let again: string | undefined

  function noteRead(read: PublicRead) {
    if (count === 0) return
    const key = `${read.origin ?? ''} ${read.url}`
    const known = reads.get(key)
    if (known) known.times += 1
    else reads.set(key, { url: read.url, origin: read.origin, times: 1 })
    if (reads.size > MAX_TRACKED) forgetLeastRead()
  }

  function forgetLeastRead() {
    const sorted = [...reads].sort((a, b) => a[1].times - b[1].times)
    for (const [key] of sorted.slice(0, sorted.length / 2)) reads.delete(key)
  }

  function mostRead(): PublicRead[] {
    const top = [...reads.values()].sort((a, b) => b.times - a.times).slice(0, count)
    for (const [key, read] of reads) {
      read.times = Math.floor(read.times / 2)
      if (read.times === 0) reads.delete(key)
    }
    return top.map(({ url, origin }) => ({ url, origin }))
  }

  async function askAgain({ read, headers, release }: ReturnType<typeof claimOf>) {
    try {
      const answer = await fetch(`${baseUrl}${read.url}`, { headers })
      await answer.arrayBuffer()
    } catch (error) {
      log(`refresh-ahead of ${read.url} failed: ${(error as Error).message}`)
    } finally {
      release()
    }
  }

  const claimOf = (version: string, read: PublicRead) => ({ read, ...claim(version, read) })

  async function run(version: string) {
    for (let current: string | undefined = version; current; current = again) {
      again = undefined
      const moved = current
      // All claimed now, synchronously with the move; asked CONCURRENCY at a time, most-read first.
      const queue = mostRead().map((read) => claimOf(moved, read))
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let item = queue.shift(); item; item = queue.shift()) await askAgain(item)
        }),
      )
    }
  }

  function refresh(version: string) {
    if (count === 0 || reads.size === 0) return
    if (running) {
      again = version // what is being refreshed was read before this change
      return
    }
    running = run(version).finally(() => (running = undefined))
  }

  return { noteRead, refresh, idle: async () => void (await running) }
}
