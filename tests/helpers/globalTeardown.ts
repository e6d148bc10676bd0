import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import type { DatabaseTemplate } from './database'

/** Drops the run's seeded database, if a test seeded one, and its folder. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.GRAPPES_SEEDED_TEMPLATE_DIR
  if (!dir) return
  const marker = path.join(dir, 'seeded.json')
  if (fs.existsSync(marker)) {
    const { template } = JSON.parse(fs.readFileSync(marker, 'utf8')) as {
      template: DatabaseTemplate
    }
    if ('sqliteFile' in template)
      fs.rmSync(path.dirname(template.sqliteFile), { recursive: true, force: true })
    else {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${template.postgresName}" WITH (FORCE)`)
      await client.end()
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
