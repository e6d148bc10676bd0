import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '../database/migrate'
import { assertDatabaseReachable } from '../database/preflight'
import { envOf, type AppEnv } from '../env'
import { loadEnv } from './loadEnv'
import { shareConfigWithNext } from '../hostConfig'

export { loadEnv }

/**
 * Loads `.env`, checks the database, starts Payload and applies the committed migrations. Shared by
 * the server, the seed and the scripts so that they start the same way (`npm run worker` is
 * Payload's CLI). `migrate: false` reads the database as it is (a backup changes nothing).
 */
export async function bootPayload({ migrate = true } = {}): Promise<{
  payload: Payload
  env: AppEnv
}> {
  loadEnv()
  // The config reads the environment (once) when imported, so it is imported after `.env` is
  // loaded; building it connects to nothing, so the database is checked before Payload starts.
  const built = (await import('@payload-config')).default
  shareConfigWithNext(built)
  const config = await built
  const env = envOf(config)
  await assertDatabaseReachable(env)
  const payload = await getPayload({ config })
  if (migrate) await applyMigrations(payload, env.databaseUrl)
  return { payload, env }
}
