import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { postgresStore } from './postgresStore'
import { sqliteStore } from './sqliteStore'
import type { SearchStore, SqlRunner } from './types'

/** What this reads of Payload's SQL adapters: their Drizzle instance and open transactions. */
type DrizzleAdapter = {
  name: string
  drizzle: unknown
  sessions: Record<string, { db: unknown }>
}

type PostgresDb = { execute: (query: SQL) => Promise<{ rows: unknown[] }> }
type SqliteDb = { run: (query: SQL) => Promise<unknown>; all: (query: SQL) => Promise<unknown[]> }

/** The index of the database in use; none on MongoDB (search answers that it is unavailable). */
export function searchStore(payload: Payload): SearchStore | undefined {
  if (payload.db.name === 'postgres') return postgresStore
  if (payload.db.name === 'sqlite') return sqliteStore
  return undefined
}

/** Raw SQL in `req`'s transaction when it has one (as Payload's own getTransaction picks it). */
export async function sqlRunner(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<SqlRunner> {
  const adapter = payload.db as unknown as DrizzleAdapter
  const transaction = req?.transactionID ? await req.transactionID : undefined
  // A session's `db` may be a promise (src/database/serializeSqliteWrites.ts begins lazily).
  const db = (
    transaction !== undefined && adapter.sessions[String(transaction)]
      ? await adapter.sessions[String(transaction)].db
      : adapter.drizzle
  ) as PostgresDb & SqliteDb
  if (adapter.name === 'postgres')
    return {
      run: async (query) => void (await db.execute(query)),
      all: async <T>(query: SQL) => (await db.execute(query)).rows as T[],
    }
  return {
    run: async (query) => void (await db.run(query)),
    all: async <T>(query: SQL) => (await db.all(query)) as T[],
  }
}
