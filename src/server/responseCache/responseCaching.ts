import type { Payload } from 'payload'

import type { AppEnv } from '@/env'
import { currentContentVersion } from '@/plugins/contentVersion'
import { apiSecurityHeaders } from '@/server/http/securityHeaders'
import { httpCache, type HttpCache } from './httpCache'
import { memoryStore, redisStore } from './responseStore'

/** The HTTP cache as configured: in memory, in Redis when REDIS_URL is set, or off (ETags only). */
export function responseCaching(
  env: AppEnv,
  payload: Payload,
): HttpCache & { close: () => Promise<void> } {
  const { enabled, maxBytes, maxAgeSeconds, staleWhileRevalidateSeconds } = env.responseCache
  const store = !enabled
    ? undefined
    : env.redisUrl
      ? redisStore(env.redisUrl, 3600)
      : memoryStore(maxBytes)
  const cache = httpCache({
    version: () => currentContentVersion(payload),
    store,
    maxAgeSeconds,
    staleWhileRevalidateSeconds,
    staticHeaders: apiSecurityHeaders(env.isProduction, true),
  })
  return {
    ...cache,
    close: async () => {
      await store?.close()
    },
  }
}
