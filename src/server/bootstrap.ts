import nextEnv from '@next/env'
import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '../database/migrate'
import { assertDatabaseReachable } from '../database/preflight'
import { envOf, type AppEnv } from '../env'

/**
 * Loads `.env`, checks the database, starts Payload and applies the committed migrations. Shared by
 * the server and the seed so that they start the same way (`npm run worker` is Payload's CLI).
 */
export async function bootPayload(): Promise<{ payload: Payload; env: AppEnv }> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', {
    info: () => undefined,
    error: console.error,
  })
  // The config reads the environment (once) when imported, so it is imported after `.env` is
  // loaded; building it connects to nothing, so the database is checked before Payload starts.
  const config = await (await import('@payload-config')).default
  const env = envOf(config)
  await assertDatabaseReachable(env)
  const payload = await getPayload({ config })
  await applyMigrations(payload, env.databaseUrl)
  return { payload, env }
}
