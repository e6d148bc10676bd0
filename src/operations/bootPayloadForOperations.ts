import nextEnv from '@next/env'
import { getPayload, type Payload } from 'payload'

import { assertDatabaseReachable } from '@/database/preflight'
import { envOf, readEnv, type AppEnv } from '@/env'

/** `.env` loaded as the server loads it (the environment wins), then the settings read and checked. */
export function loadOperationsEnv(): AppEnv {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', {
    info: () => undefined,
    error: console.error,
  })
  return readEnv()
}

/**
 * Payload on the database, as the server starts it but without applying migrations: an operation
 * such as a backup reads the database as it is and changes nothing.
 */
export async function bootPayloadForOperations(): Promise<{ payload: Payload; env: AppEnv }> {
  loadOperationsEnv()
  const config = await (await import('@payload-config')).default
  const env = envOf(config)
  await assertDatabaseReachable(env)
  return { payload: await getPayload({ config }), env }
}
