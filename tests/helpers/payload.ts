import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { closePayload } from '@/server/closePayload'
import { createTestDatabase, type TestDatabase } from './database'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  mediaDir: string
  /** Closes Payload and drops the database and media files made for this test file (if it made them). */
  teardown: () => Promise<void>
}

/** Starts Payload on a fresh, migrated database, as the server does. */
export async function startPayload(): Promise<TestContext> {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-media-'))
  const ctx = await connectPayload(database, mediaDir)
  const { applyMigrations } = await import('@/database/migrate')
  await applyMigrations(ctx.payload, database.url)
  return {
    ...ctx,
    teardown: async () => {
      await ctx.teardown()
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}

/**
 * Starts Payload in this process on a database and media folder that exist already, e.g. those of
 * a production server started by the test (SQLite in WAL mode with a busy timeout, or PostgreSQL,
 * can be shared by both processes). Its teardown closes Payload and leaves both to their owner.
 */
export async function connectPayload(
  database: TestDatabase,
  mediaDir: string,
): Promise<TestContext> {
  process.env.DATABASE_URL = database.url
  process.env.MEDIA_DIR = mediaDir
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    database,
    mediaDir,
    teardown: async () => {
      // Payload's Postgres adapter keeps one pooled client checked out; dropping the database ends
      // it, and that expected disconnection must not surface as an unhandled error.
      ;(payload.db as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on(
        'error',
        () => undefined,
      )
      await closePayload(payload)
    },
  }
}
