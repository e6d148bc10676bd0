import type { Server } from 'node:http'

import { trackConnections } from './connectionDrain'

export type ShutdownState = { shuttingDown: boolean }

/**
 * On SIGTERM or SIGINT: `/readyz` answers 503, the listener closes, keep-alive clients are told to
 * close (see connectionDrain.ts), requests in flight finish (up to `timeoutMs`, then they are cut),
 * then `cleanup` closes the database and the process exits 0. A second signal exits at once.
 * Call it right after `listen()`, before the first connection.
 */
export function handleShutdown(
  server: Server,
  state: ShutdownState,
  cleanup: () => Promise<void>,
  timeoutMs: number,
): void {
  const connections = trackConnections(server)
  const shutdown = (signal: NodeJS.Signals) => {
    if (state.shuttingDown) {
      console.log(`[grappes] ${signal} again: exiting now.`)
      process.exit(1)
    }
    state.shuttingDown = true
    console.log(`[grappes] ${signal}: no new connections; finishing requests in flight…`)
    const force = setTimeout(() => {
      console.error(
        `[grappes] requests still open after ${timeoutMs} ms: closing them (raise SHUTDOWN_TIMEOUT_MS if they were legitimate).`,
      )
      connections.closeAll()
    }, timeoutMs)
    force.unref()
    connections.drain(async () => {
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
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}
