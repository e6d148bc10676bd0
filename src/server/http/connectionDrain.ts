import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'

/**
 * How long a connection that is idle when draining starts may still bring a request (answered,
 * with `Connection: close`) before it is closed. A keep-alive client between two requests reuses
 * its connection within milliseconds, and closing it at that moment resets the request already on
 * the wire. The load test (tests/int/shutdownUnderLoad.test.ts) did not catch that race with no
 * grace (0 dropped in 2 runs), so the grace is a precaution that costs at most 1 s of shutdown.
 */
const IDLE_GRACE_MS = 1_000

export type ConnectionDrain = {
  /** Stops accepting connections; `onClosed` runs once the last open connection has closed. */
  drain: (onClosed: () => void) => void
  /** Closes every connection, requests in flight included (the shutdown's time is up). */
  closeAll: () => void
}

/**
 * Tracks the server's connections so that a stopping server drops no request: once draining,
 * every answer carries `Connection: close` (the client opens its next connection elsewhere), a
 * connection closes as soon as its answer is sent, and idle ones close after a short grace.
 * Call it before the server accepts its first connection.
 */
export function trackConnections(server: Server): ConnectionDrain {
  const inFlight = new Map<Socket, number>()
  let draining = false

  const closeIfIdle = (socket: Socket) => {
    if (inFlight.get(socket) === 0) socket.destroy()
  }
  const closeWhenIdleAfterGrace = (socket: Socket) =>
    setTimeout(() => closeIfIdle(socket), IDLE_GRACE_MS).unref()
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0)
    socket.once('close', () => inFlight.delete(socket))
  })
  // Before the app's own listener, so that the header is set before anything is written.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1)
    if (draining) res.setHeader('Connection', 'close')
    res.once('close', () => {
      if (!inFlight.has(socket)) return
      const left = (inFlight.get(socket) ?? 1) - 1
      inFlight.set(socket, left)
      // An answer begun before draining kept the connection open: it may bring one more request.
      if (draining && left === 0) closeWhenIdleAfterGrace(socket)
    })
  })

  return {
    drain: (onClosed) => {
      draining = true
      // net.Server's close, not http.Server's: since Node 19 the latter also closes idle
      // connections at once, which resets the requests their clients are sending right now.
      NetServer.prototype.close.call(server, () => onClosed())
      for (const [socket, count] of inFlight) if (count === 0) closeWhenIdleAfterGrace(socket)
    },
    closeAll: () => server.closeAllConnections(),
  }
}
