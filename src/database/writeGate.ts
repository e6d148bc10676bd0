/**
 * One writer at a time within this process, waited for asynchronously. SQLite allows one writer per
 * database, and libsql's driver is synchronous: a second connection that waits for the lock in
 * SQLite's busy handler blocks the event loop, so the holder (on the same loop) can never finish
 * and the wait ends in `SQLITE_BUSY`. Queuing here lets the holder run while others wait.
 */
export type WriteGate = { acquire: () => Promise<() => void> }

export class GateTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`SQLITE_BUSY: database is locked (waited ${waitedMs} ms for the in-process write lock)`)
  }
}

export function createWriteGate(timeoutMs: number): WriteGate {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire: () => {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = once(resolve)))
      const previous = tail
      tail = previous.then(() => turn)
      // A waiter that gives up must not leave the queue stuck: its turn is released when it comes.
      return withTimeout(previous, timeoutMs).then(
        () => release,
        (error: Error) => {
          void previous.then(release)
          throw error
        },
      )
    },
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new GateTimeoutError(ms)), ms)
    promise.then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}
