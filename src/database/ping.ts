import type { Payload } from 'payload'

type SqliteDb = { client: { execute: (sql: string) => Promise<unknown> } }
type PostgresDb = { pool: { query: (sql: string) => Promise<unknown> } }
type MongoDb = { connection: { db?: { admin: () => { ping: () => Promise<unknown> } } } }

/** Asks the database for a trivial answer; throws when it cannot be reached. */
export async function pingDatabase(payload: Payload, timeoutMs = 2_000): Promise<void> {
  const db = payload.db as unknown as Partial<SqliteDb & PostgresDb & MongoDb>
  let probe: Promise<unknown>
  if (payload.db.name === 'sqlite' && db.client) probe = db.client.execute('select 1')
  else if (payload.db.name === 'postgres' && db.pool) probe = db.pool.query('select 1')
  else if (db.connection?.db) probe = db.connection.db.admin().ping()
  else throw new Error(`no connection open for the ${payload.db.name} adapter`)

  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([probe, timeout])
  } finally {
    clearTimeout(timer)
  }
}
