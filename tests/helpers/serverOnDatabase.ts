import type { TestDatabase } from './database'
import { serveProduction, type RunningSite } from './productionServer'

/**
 * The production server on a database and media folder that exist already (a restored backup):
 * it finds the database migrated and not empty, so it seeds nothing. `stop` ends the server and
 * leaves both to their owner.
 */
export function serveDatabase(
  database: TestDatabase,
  mediaDir: string,
  env: Record<string, string> = {},
): Promise<RunningSite> {
  return serveProduction(database, mediaDir, { SEED_ON_START: 'false', ...env })
}
