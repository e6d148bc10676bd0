import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'

import { databaseKind } from '@/env'

/**
 * The committed migrations of one database kind, loaded when needed: each set imports its
 * adapter's package, and a start loads only the adapter in use (see adapter.ts). Generated
 * migrations take the adapter's own argument type; Payload's `Migration` takes `unknown`.
 */
const committed = {
  sqlite: async () =>
    (await import('../../migrations/sqlite')).migrations as unknown as Migration[],
  postgres: async () =>
    (await import('../../migrations/postgres')).migrations as unknown as Migration[],
}

/**
 * The key of the PostgreSQL advisory lock held while migrations run: any fixed 64-bit number, the
 * same for every instance of the platform ("grappes" in ASCII, as a number).
 */
const MIGRATION_LOCK_KEY = '113746655043955'

/**
 * Applies the committed migrations of the SQL adapter in use (each runs in its own transaction and is
 * recorded in `payload_migrations`). MongoDB has no schema to migrate.
 *
 * On PostgreSQL several instances may start together (a deploy, a scale-up): without a lock each
 * saw the same migrations pending, ran them side by side, and the losers failed on "relation
 * already exists" and exited. So the first to take a session-level advisory lock migrates; the
 * others wait on it, then find nothing pending and start. The lock lives on a connection of its
 * own, held for the duration; PostgreSQL releases it if the process dies.
 *
 * SQLite is single-instance by nature (one process owns the file), so it takes no lock.
 */
export async function applyMigrations(payload: Payload, databaseUrl: string): Promise<void> {
  const kind = databaseKind(databaseUrl)
  if (kind === 'mongodb') return
  if (kind === 'sqlite') {
    await payload.db.migrate({ migrations: await committed.sqlite() })
    return
  }
  const lock = await (payload.db as unknown as PostgresAdapter).pool.connect()
  try {
    const waiting = setTimeout(
      () =>
        console.log(
          '[grappes] waiting for another instance to finish applying migrations (PostgreSQL advisory lock)…',
        ),
      1_000,
    )
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    clearTimeout(waiting)
    await payload.db.migrate({ migrations: await committed.postgres() })
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
    lock.release()
  }
}
