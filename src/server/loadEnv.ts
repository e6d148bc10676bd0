import nextEnv from '@next/env'

import { readEnv, type AppEnv } from '../env'

/** Loads `.env` as the server does (the environment wins), then reads and checks the settings. */
export function loadEnv(): AppEnv {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', {
    info: () => undefined,
    error: console.error,
  })
  return readEnv()
}
