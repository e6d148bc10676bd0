import type { AppEnv } from '@/env'
import { apiSecurityHeaders } from '@/server/http/securityHeaders'
import { contentVersion } from '../../plugins/contentSignal/contentVersion'
import { httpCache, type HttpCache } from './httpCache'
import { memoryStore, redisStore } from './responseStore'

/** The HTTP cache as configured: in memory, in Redis when REDIS_URL is set, or off (ETags only). */
export function responseCaching(env: AppEnv): HttpCache & { close: () => Promise<void> } {
  const { enabled, maxBytes, maxAgeSeconds, staleWhileRevalidateSeconds } = env.responseCache
  const store = !enabled
    ? undefined
    : env.redisUrl
      ? redisStore(env.redisUrl, 3600)
      : memoryStore(maxBytes)
  const version = contentVersion(env.redisUrl)
  const cache = httpCache({
    version,
    store,
    maxAgeSeconds,
    staleWhileRevalidateSeconds,
    staticHeaders: apiSecurityHeaders(env.isProduction, true),
  })
  return {
    ...cache,
    close: async () => {
      await store?.close()
      await version.close()
    },
  }
}
