import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import type { AppEnv } from '@/env'

import { reserveWriteConnections } from './reserveWriteConnections'
import { serializeSqliteWrites } from './serializeSqliteWrites'

const SQLITE_BUSY_TIMEOUT_MS = 5_000
/**
 * PostgreSQL connections. A write makes 25 to 40 queries in a row, each waiting for a turn of the
 * event loop. With node-postgres' default 10 (one of them held for good by the adapter's connect),
 * readers kept more queries in flight than two cores could serve, every turn grew long, and so did
 * every write. Fewer reading connections keep the turns short; transactions get connections of
 * their own so they never queue behind readers (reserveWriteConnections.ts). 20 readers and 2
 * editors for 20 s: mean write 1.8 s → 1.1 s, 22 → 38 writes, reads up by a fifth.
 */
const POSTGRES_READ_CONNECTIONS = 5
const POSTGRES_WRITE_CONNECTIONS = 4
const migrationsRoot = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'migrations')

/**
 * Picks the adapter from DATABASE_URL's scheme. The SQL schema is never pushed: it comes from the
 * committed migrations, applied by `applyMigrations` on every start (see src/database/migrate.ts).
 *
 * Only the adapter in use is loaded: each one's package takes 0.5–0.7 s and tens of MB to load,
 * in both module worlds of the process (the host and Next's bundle).
 */
export async function databaseAdapter(env: AppEnv): Promise<DatabaseAdapterObj> {
  switch (env.databaseKind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return serializeSqliteWrites(
        sqliteAdapter({
          client: { url: env.databaseUrl },
          wal: true,
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          // Transactions are off by default in the SQLite adapter; a write (or a whole seed) must be
          // all or nothing. IMMEDIATE takes the write lock up front, avoiding upgrade deadlocks.
          transactionOptions: { behavior: 'immediate' },
          push: false,
          migrationDir: path.join(migrationsRoot, 'sqlite'),
        }),
        SQLITE_BUSY_TIMEOUT_MS,
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return reserveWriteConnections(
        postgresAdapter({
          pool: {
            connectionString: env.databaseUrl,
            connectionTimeoutMillis: 5_000,
            max: POSTGRES_READ_CONNECTIONS,
          },
          push: false,
          migrationDir: path.join(migrationsRoot, 'postgres'),
        }),
        POSTGRES_WRITE_CONNECTIONS,
      )
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({
        url: env.databaseUrl,
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
      })
    }
  }
}
