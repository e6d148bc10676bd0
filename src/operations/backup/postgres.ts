import pg from 'pg'
import type { Payload } from 'payload'

import { connectionOf, pgTool, runTool, toolVersion } from './postgresTools'
import type { Query } from './tables'

type Pool = { connect: () => Promise<pg.PoolClient> }

const queryOf =
  (client: pg.ClientBase): Query =>
  async (sql) =>
    (await client.query(sql)).rows

/**
 * `pg_dump --format=custom` of the database, and `read` run inside the very snapshot the dump
 * reads: a repeatable-read transaction on the adapter's pool exports its snapshot, pg_dump
 * imports it, so the manifest's counts describe exactly what the dump holds.
 */
export async function snapshotPostgres<T>(
  payload: Payload,
  databaseUrl: string,
  into: string,
  read: (query: Query) => Promise<T>,
): Promise<{ facts: T; tool: string }> {
  const client = await (payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
    const tool = pgTool('pg_dump')
    const { url, env } = connectionOf(databaseUrl)
    const dump = runTool(
      tool,
      ['--format=custom', `--snapshot=${rows[0].id}`, `--file=${into}`, `--dbname=${url}`],
      env,
    )
    const facts = await read(queryOf(client))
    await dump
    await client.query('COMMIT')
    return { facts, tool: await toolVersion(tool) }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Opens the database for the duration of `read`. */
export async function withPostgres<T>(databaseUrl: string, read: (query: Query) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return await read(queryOf(client))
  } finally {
    await client.end()
  }
}

/** What a PostgreSQL target holds, or undefined when its public schema has no table. */
export async function postgresContents(databaseUrl: string): Promise<string | undefined> {
  const [row] = await withPostgres(databaseUrl, (query) =>
    query("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'"),
  )
  const count = Number(row?.n)
  const name = new URL(databaseUrl).pathname.slice(1)
  return count > 0 ? `the PostgreSQL database ${name} has ${count} tables` : undefined
}

/** Empties the public schema (its tables, types and sequences), for `--force`. */
export const clearPostgres = (databaseUrl: string) =>
  withPostgres(databaseUrl, (query) => query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'))

/** pg_restore into the target, in one transaction: it is restored whole or not at all. */
export async function restorePostgres(dumpFile: string, databaseUrl: string): Promise<void> {
  const { url, env } = connectionOf(databaseUrl)
  await runTool(
    pgTool('pg_restore'),
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${url}`,
      dumpFile,
    ],
    env,
  )
}
