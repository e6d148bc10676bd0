import { createClient } from '@libsql/client'
import pg from 'pg'

import type { TestDatabase } from './database'

type Dump = Record<string, string[]>

const sortedRows = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort()

/** Every row of every table, as sorted JSON lines per table: two dumps compare with toEqual. */
export async function dumpContent(database: TestDatabase): Promise<Dump> {
  const dump: Dump = {}
  if (database.kind === 'sqlite') {
    const client = createClient({ url: database.url })
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables.rows) {
      const rows = await client.execute(`SELECT * FROM "${String(name)}"`)
      dump[String(name)] = sortedRows(rows.rows.map((row) => ({ ...row })))
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
    const rows = await client.query(`SELECT * FROM "${name}"`)
    dump[name] = sortedRows(rows.rows)
  }
  await client.end()
  return dump
}
