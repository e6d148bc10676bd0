import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { freePort } from './freePort'

export type RedisTestServer = {
  url: string
  /** Kills the server, as a crash would. */
  kill: () => Promise<void>
  /** Starts it again on the same port, empty. */
  restart: () => Promise<void>
}

/** Resolves once something accepts connections on the port. */
async function accepting(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`redis-server not listening on ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * A Redis server of the test's own (Debian's `redis-server`, in memory, loopback only), for tests
 * that stop it: the machine's shared Redis serves other tests at the same time.
 */
export async function startRedisServer(): Promise<RedisTestServer> {
  const port = await freePort()
  let child: ChildProcess
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    await accepting(port)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    kill: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
    restart: start,
  }
}
