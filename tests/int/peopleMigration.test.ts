import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { sql } from 'drizzle-orm'
import type { Migration } from 'payload'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { connectPayload, type TestContext } from '../helpers/payload'

let database: TestDatabase
let ctx: TestContext

type RawDb = {
  run?: (query: unknown) => Promise<unknown>
  execute?: (query: unknown) => Promise<unknown>
}

beforeAll(async () => {
  database = await createTestDatabase()
  ctx = await connectPayload(database, fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-media-')))
})

afterAll(async () => {
  await ctx.teardown()
  await database.drop()
})

it('existing users without a name are named after their e-mail by the migration', async () => {
  const all = (database.kind === 'sqlite'
    ? sqliteMigrations
    : postgresMigrations) as unknown as Migration[]
  const people = all.findIndex((migration) => migration.name.endsWith('_people'))
  await ctx.payload.db.migrate({ migrations: all.slice(0, people) })
  const db = (ctx.payload.db as unknown as { drizzle: RawDb }).drizzle
  const insert = sql`INSERT INTO users (email, role, hash, salt) VALUES ('marie.gagnon@aero.test', 'secretariat', 'h', 's')`
  await (db.run ? db.run(insert) : db.execute!(insert))
  await ctx.payload.db.migrate({ migrations: all })
  const { docs } = await ctx.payload.find({
    collection: 'users',
    where: { email: { equals: 'marie.gagnon@aero.test' } },
    overrideAccess: true, // reading what the migration wrote
  })
  expect(docs[0].name).toBe('marie.gagnon')
})
