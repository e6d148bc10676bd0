import fs from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'

import type { Query } from './tables'

const queryOf =
  (client: Client): Query =>
  async (sql) =>
    (await client.execute(sql)).rows.map((row) => ({ ...row }))

/** Opens a SQLite file for the duration of `read`. */
export async function withSqliteFile<T>(file: string, read: (query: Query) => Promise<T>) {
  const client = createClient({ url: `file:${file}` })
  try {
    return await read(queryOf(client))
  } finally {
    client.close()
  }
}

/**
 * An online copy through the adapter's own connection: `VACUUM INTO` reads one consistent
 * snapshot (a read transaction, so the server's writers carry on in WAL mode) into a new file.
 */
export async function snapshotSqlite(payload: Payload, into: string): Promise<void> {
  const client = (payload.db as unknown as { client: Client }).client
  await client.execute({ sql: 'VACUUM INTO ?', args: [into] })
}

/** What a SQLite target holds, or undefined when it is empty (no file, or no table). */
export async function sqliteContents(file: string): Promise<string | undefined> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return undefined
  const tables = await withSqliteFile(file, (query) =>
    query("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'"),
  )
  const count = Number(tables[0]?.n)
  return count > 0 ? `the SQLite file ${file} has ${count} tables` : undefined
}

/** Puts the archived file in place of the target (its WAL and shared-memory files removed). */
export function restoreSqlite(source: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
  // Copied beside the target, then renamed over it: the target is whole or untouched.
  const partial = `${file}.restoring`
  fs.copyFileSync(source, partial)
  fs.renameSync(partial, file)
}
