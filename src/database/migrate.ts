import type { Migration, Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { databaseKind } from '@/env'

// Generated migrations take the adapter's own argument type; Payload's `Migration` takes `unknown`.
const committed: Record<'sqlite' | 'postgres', Migration[]> = {
  sqlite: sqliteMigrations as unknown as Migration[],
  postgres: postgresMigrations as unknown as Migration[],
}

/**
 * Applies the committed migrations of the SQL adapter in use (each runs in its own transaction and is
 * recorded in `payload_migrations`). MongoDB has no schema to migrate.
 */
export async function applyMigrations(payload: Payload, databaseUrl: string): Promise<void> {
  const kind = databaseKind(databaseUrl)
  if (kind === 'mongodb') return
  await payload.db.migrate({ migrations: committed[kind] })
}
