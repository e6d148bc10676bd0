import type { Server } from 'node:http'

/**
 * Stops accepting connections, lets in-flight requests finish (up to `timeoutMs`), then runs
 * `cleanup` (closing the database) and exits. A second signal exits at once.
 */
export type ShutdownState = { shuttingDown: boolean }

export function handleShutdown(
  server: Server,
  state: ShutdownState,
  cleanup: () => Promise<void>,
  timeoutMs: number,
): void {
  const shutdown = (signal: NodeJS.Signals) => {
    if (state.shuttingDown) {
      console.log(`[grappes] ${signal} again: exiting now.`)
      process.exit(1)
    }
    state.shuttingDown = true
    console.log(`[grappes] ${signal}: no new connections; finishing requests in flight…`)
    const force = setTimeout(() => {
      console.error(`[grappes] requests still open after ${timeoutMs} ms: closing them.`)
      server.closeAllConnections()
    }, timeoutMs)
    force.unref()
    server.close(async () => {
      clearTimeout(force)
      try {
        await cleanup()
        console.log('[grappes] stopped cleanly.')
        process.exit(0)
      } catch (error) {
        console.error(`[grappes] error while closing: ${(error as Error).message}`)
        process.exit(1)
      }
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}
