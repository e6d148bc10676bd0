import type { RequestHandler } from 'express'

import type { AppEnv } from '@/env'
import { contentVersion } from './contentVersion'
import { httpCache } from './httpCache'
import { memoryStore, redisStore } from './responseStore'

/** The HTTP cache as configured: in memory, in Redis when REDIS_URL is set, or off (ETags only). */
export function responseCaching(env: AppEnv): {
  middleware: RequestHandler
  close: () => Promise<void>
} {
  const { enabled, maxBytes, maxAgeSeconds, staleWhileRevalidateSeconds } = env.responseCache
  const store = !enabled
    ? undefined
    : env.redisUrl
      ? redisStore(env.redisUrl, 3600)
      : memoryStore(maxBytes)
  const version = contentVersion(env.redisUrl)
  return {
    middleware: httpCache({ version, store, maxAgeSeconds, staleWhileRevalidateSeconds }),
    close: async () => {
      await store?.close()
      await version.close()
    },
  }
}
