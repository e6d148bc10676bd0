import { createClient } from '@libsql/client'
import pg from 'pg'

import type { TestDatabase } from './database'

type Dump = Record<string, string[]>

/**
 * Payload's scheduler bookkeeping (when each scheduled task was last considered), rewritten every
 * few seconds by a running server's job runner: not content, and never the same twice.
 */
const VOLATILE_TABLES: ReadonlySet<string> = new Set(['payload_jobs_stats'])

/**
 * A job the scheduler queued by itself for a scheduled task (the link checker, the monthly digest):
 * it appears whenever a server's job runner first looks at the schedules, whatever the test does.
 */
const queuedBySchedule = (table: string, row: Record<string, unknown>) =>
  table === 'payload_jobs' &&
  /"scheduled":\s*true/.test(
    // SQLite keeps JSON as text, PostgreSQL as an object.
    typeof row.meta === 'string' ? row.meta : JSON.stringify(row.meta ?? null),
  )

/** What a table holds; with `everything` false, the scheduler's bookkeeping left out. */
const rowsOf = (table: string, rows: Record<string, unknown>[], everything: boolean) =>
  sortedRows(everything ? rows : rows.filter((row) => !queuedBySchedule(table, row)))

const sortedRows = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort()

/** Every row of every table but the volatile ones, as sorted JSON lines per table: two dumps compare with toEqual. */
export async function dumpContent(
  database: TestDatabase,
  { everything = false }: { everything?: boolean } = {},
): Promise<Dump> {
  const dump: Dump = {}
  if (database.kind === 'sqlite') {
    const client = createClient({ url: database.url })
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables.rows) {
      if (!everything && VOLATILE_TABLES.has(String(name))) continue
      const rows = await client.execute(`SELECT * FROM "${String(name)}"`)
      dump[String(name)] = rowsOf(
        String(name),
        rows.rows.map((row) => ({ ...row })),
        everything,
      )
    }
    client.close()
    return dump
  }
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const tables = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  )
  for (const { table_name: name } of tables.rows) {
    if (!everything && VOLATILE_TABLES.has(name)) continue
    const rows = await client.query(`SELECT * FROM "${name}"`)
    dump[name] = rowsOf(name, rows.rows, everything)
  }
  await client.end()
  return dump
}
