import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { StartupError, type AppEnv } from '@/env'

/** Hides the password of a connection string in messages. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

function tcpReachable(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: timeoutMs })
    socket.once('connect', () => {
      socket.end()
      resolve()
    })
    socket.once('timeout', () => {
      socket.destroy()
      reject(new Error('timed out'))
    })
    socket.once('error', reject)
  })
}

/**
 * Checks before Payload starts that the database can be reached, so that a wrong DATABASE_URL
 * stops the start with one line saying what to fix instead of a stack trace.
 */
export async function assertDatabaseReachable(env: AppEnv): Promise<void> {
  const where = redactUrl(env.databaseUrl)
  try {
    if (env.databaseKind === 'sqlite') {
      const file = env.databaseUrl.replace(/^file:/, '')
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return
    }
    if (env.databaseKind === 'postgres') {
      const { default: pg } = await import('pg')
      const client = new pg.Client({
        connectionString: env.databaseUrl,
        connectionTimeoutMillis: 5_000,
      })
      try {
        await client.connect()
      } catch (error) {
        // Payload creates a missing database itself; only an unreachable server is fatal.
        if ((error as { code?: string }).code !== '3D000') throw error
      } finally {
        await client.end().catch(() => undefined)
      }
      return
    }
    const url = new URL(env.databaseUrl.replace(/^mongodb\+srv:/, 'mongodb:'))
    await tcpReachable(url.hostname, Number(url.port || 27017), 5_000)
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message
    throw new StartupError(
      `Cannot reach the ${env.databaseKind} database at ${where} (${reason}): start the database server or fix DATABASE_URL.`,
    )
  }
}
