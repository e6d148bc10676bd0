import type { Payload } from 'payload'

import type { Counts } from './manifest'

/** Runs one SQL statement and returns its rows, on SQLite or PostgreSQL alike. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>

/** The table of each collection, of its versions, and of each global, as named in the manifest. */
export type TableNames = {
  collections: Record<string, string>
  versions: Record<string, string>
  globals: Record<string, string>
}

type DrizzleNames = { tableNameMap?: Map<string, string> }

/** The tables the SQL adapter made for the config (Payload names them after the slugs). */
export function tableNamesOf(payload: Payload): TableNames {
  const map = (payload.db as unknown as DrizzleNames).tableNameMap ?? new Map<string, string>()
  const named = (key: string) => map.get(key) ?? key
  const names: TableNames = { collections: {}, versions: {}, globals: {} }
  for (const { slug, versions } of payload.config.collections) {
    const key = slug.replaceAll('-', '_')
    names.collections[slug] = named(key)
    if (versions) names.versions[slug] = named(`_${key}_v`)
  }
  for (const { slug, versions } of payload.config.globals) {
    const key = slug.replaceAll('-', '_')
    names.globals[slug] = named(key)
    if (versions) names.versions[slug] = named(`_${key}_v`)
  }
  return names
}

async function countRows(query: Query, table: string): Promise<number> {
  const [row] = await query(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`)
  return Number(row?.n)
}

/** Rows of every table named, read with `query` (inside the snapshot, when it is one). */
export async function countTables(query: Query, names: TableNames): Promise<Counts> {
  const counts: Counts = { collections: {}, versions: {}, globals: {} }
  for (const part of ['collections', 'versions', 'globals'] as const)
    for (const [slug, table] of Object.entries(names[part]))
      counts[part][slug] = { table, rows: await countRows(query, table) }
  return counts
}

/** The same tables as in `counts`, counted again (after a restore). */
export const tableNamesFromCounts = (counts: Counts): TableNames => {
  const only = (part: Counts[keyof Counts]) =>
    Object.fromEntries(Object.entries(part).map(([slug, { table }]) => [slug, table]))
  return {
    collections: only(counts.collections),
    versions: only(counts.versions),
    globals: only(counts.globals),
  }
}

export async function appliedMigrations(query: Query): Promise<string[]> {
  const rows = await query('SELECT name FROM payload_migrations ORDER BY id')
  return rows.map((row) => String(row.name))
}

/** The file names that media documents point to (the original and each image size). */
export async function referencedMediaFiles(query: Query, mediaTable: string): Promise<string[]> {
  const rows = await query(`SELECT * FROM "${mediaTable}"`)
  const names = rows.flatMap((row) =>
    Object.entries(row)
      .filter(([column]) => column === 'filename' || /^sizes_.+_filename$/.test(column))
      .map(([, value]) => value)
      .filter((value): value is string => typeof value === 'string' && value !== ''),
  )
  return [...new Set(names)].sort()
}
