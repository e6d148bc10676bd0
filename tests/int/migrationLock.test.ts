import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { migrations } from '../../migrations/postgres'
import { createPostgresTestDatabase, type TestDatabase } from '../helpers/database'
import { freePort } from '../helpers/freePort'
import { ensureProductionBuild } from '../helpers/productionServer'
import { startServerProcess, waitForOutput, type ServerRun } from '../helpers/serverProcess'

/**
 * A deploy starts two instances at once on a database that has never been migrated (PostgreSQL,
 * whatever this run's database: only PostgreSQL is shared by several instances). Both must apply
 * the migrations exactly once between them and start; neither may crash.
 */
let database: TestDatabase
let mediaDir: string
let instances: { run: ServerRun; base: string }[]

async function startInstance(): Promise<{ run: ServerRun; base: string }> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const run = startServerProcess(
    {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PORT: String(port),
      SERVER_URL: base,
      MEDIA_DIR: mediaDir,
      SEED_ON_START: 'false',
      JOBS_IN_PROCESS: 'false',
    },
    'production',
  )
  return { run, base }
}

beforeAll(async () => {
  ensureProductionBuild()
  database = await createPostgresTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-media-'))
  instances = await Promise.all([startInstance(), startInstance()])
  const started = Date.now()
  const readyAfter = await Promise.allSettled(
    instances.map(async (instance) => {
      await waitForOutput(instance.run, 'Grappes is ready', 240_000)
      return ((Date.now() - started) / 1_000).toFixed(1)
    }),
  )
  console.log(
    `[migrations] ready after: ${readyAfter.map((outcome) => (outcome.status === 'fulfilled' ? `${outcome.value} s` : 'never')).join(', ')}`,
  )
}, 300_000)

afterAll(async () => {
  for (const { run } of instances) if (run.child.exitCode === null) run.child.kill('SIGKILL')
  await Promise.all(instances.map(({ run }) => run.exited))
  await database.drop()
  fs.rmSync(mediaDir, { recursive: true, force: true })
}, 30_000)

describe('two instances started together on an empty PostgreSQL database', () => {
  it('both start and are ready; neither crashed', async () => {
    const exitCodes = instances.map(({ run }) => run.child.exitCode)
    const outputs = instances.map(({ run }) => run.output())
    expect({ exitCodes, outputs }).toEqual({
      exitCodes: [null, null],
      outputs: [
        expect.stringContaining('Grappes is ready'),
        expect.stringContaining('Grappes is ready'),
      ],
    })
    for (const { base } of instances) expect((await fetch(`${base}/readyz`)).status).toBe(200)
  })

  it('payload_migrations holds every committed migration exactly once', async () => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const { rows } = await client.query<{ name: string; times: number }>(
      'select name, count(*)::int as times from payload_migrations group by name order by name',
    )
    await client.end()
    expect(rows).toEqual(
      migrations
        .map(({ name }) => ({ name, times: 1 }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    )
  })

  it('one instance applied them while the other waited, and both stop cleanly', async () => {
    const migrated = instances.filter(({ run }) => run.output().includes('Migrating:'))
    expect(migrated).toHaveLength(1)
    for (const { run } of instances) run.child.kill('SIGTERM')
    expect(await Promise.all(instances.map(({ run }) => run.exited))).toEqual([0, 0])
  })
})
