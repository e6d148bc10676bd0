import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = { url: string; kind: 'sqlite' | 'postgres'; drop: () => Promise<void> }

/** A database to copy: a closed SQLite file, or a PostgreSQL database nobody is connected to. */
export type DatabaseTemplate = { sqliteFile: string } | { postgresName: string }

/**
 * A database of its own for one test file: a temporary SQLite file, or a freshly created PostgreSQL
 * database on the server named by TEST_DATABASE_URL; empty, or a copy of `template`.
 */
export async function createTestDatabase(template?: DatabaseTemplate): Promise<TestDatabase> {
  return createDatabaseOn(process.env.TEST_DATABASE_URL, template)
}

/** The PostgreSQL server of the tests that need one whatever the run's database (CI starts it). */
export const POSTGRES_TEST_SERVER =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** An empty PostgreSQL database, on the SQLite run too: for behaviour only PostgreSQL has. */
export const createPostgresTestDatabase = () => createDatabaseOn(POSTGRES_TEST_SERVER)

async function createDatabaseOn(
  server: string | undefined,
  template?: DatabaseTemplate,
): Promise<TestDatabase> {
  const name = `grappes_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-test-'))
    const file = path.join(dir, `${name}.db`)
    if (template && 'sqliteFile' in template)
      for (const suffix of ['', '-wal'])
        if (fs.existsSync(template.sqliteFile + suffix))
          fs.copyFileSync(template.sqliteFile + suffix, file + suffix)
    return {
      url: `file:${file}`,
      kind: 'sqlite',
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(
    template && 'postgresName' in template
      ? `CREATE DATABASE "${name}" TEMPLATE "${template.postgresName}"`
      : `CREATE DATABASE "${name}"`,
  )
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}
