import fs from 'node:fs'
import path from 'node:path'

import { createTestDatabase, type DatabaseTemplate } from './database'
import { startServerProcess } from './serverProcess'

type Seeded = { template: DatabaseTemplate; mediaDir: string }

/** Set by tests/helpers/globalSetup.ts: where this test run keeps its seeded database. */
const runDir = () => {
  const dir = process.env.GRAPPES_SEEDED_TEMPLATE_DIR
  if (!dir) throw new Error('GRAPPES_SEEDED_TEMPLATE_DIR is unset: run the tests with `npm test`.')
  return dir
}

/**
 * The source pages seeded once per test run (`npm run seed`, as an operator would), for the
 * production servers of every test file to start on a copy: seeding took about 10 s of each
 * server's start, and a minute on a busy machine. The first call seeds; the others read what it
 * left. tests/helpers/globalTeardown.ts removes it.
 */
export async function seededTemplate(admin: { email: string; password: string }): Promise<Seeded> {
  const marker = path.join(runDir(), 'seeded.json')
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8')) as Seeded
  const database = await createTestDatabase()
  const mediaDir = path.join(runDir(), 'media')
  fs.mkdirSync(mediaDir, { recursive: true })
  const run = startServerProcess(
    {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
    'production',
    'src/seed/cli.ts',
  )
  const code = await run.exited
  if (code !== 0) throw new Error(`the seed exited with ${code}:\n${run.output()}`)
  const template: DatabaseTemplate =
    database.kind === 'sqlite'
      ? { sqliteFile: new URL(database.url).pathname }
      : { postgresName: new URL(database.url).pathname.slice(1) }
  const seeded: Seeded = { template, mediaDir }
  fs.writeFileSync(marker, JSON.stringify(seeded))
  return seeded
}
