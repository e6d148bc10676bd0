import type { Payload } from 'payload'

import type { AppEnv } from '@/env'
import { currentContentVersion, onContentVersionMoved } from '@/plugins/contentVersion'
import { apiSecurityHeaders } from '@/server/http/securityHeaders'
import { httpCache, type HttpCache } from './httpCache'
import { refreshAhead } from './refreshAhead'
import { memoryStore, redisStore } from './responseStore'

/**
 * The HTTP cache as configured: in memory, in Redis when REDIS_URL is set, or off (ETags only).
 * With a store, the most-read answers are recomputed as soon as a change commits (refreshAhead.ts).
 */
export function responseCaching(
  env: AppEnv,
  payload: Payload,
): HttpCache & { close: () => Promise<void> } {
  const {
    enabled,
    maxBytes,
    maxAgeSeconds,
    staleWhileRevalidateSeconds,
    refreshAhead: count,
  } = env.responseCache
  const store = !enabled
    ? undefined
    : env.redisUrl
      ? redisStore(env.redisUrl, 3600)
      : memoryStore(maxBytes)
  const cache: HttpCache = httpCache({
    version: () => currentContentVersion(payload),
    store,
    maxAgeSeconds,
    staleWhileRevalidateSeconds,
    staticHeaders: apiSecurityHeaders(env.isProduction, true),
    onPublicRead: (read) => refresher.noteRead(read),
  })
  const refresher = refreshAhead({
    count: store ? count : 0,
    baseUrl: `http://127.0.0.1:${env.port}`,
    claim: cache.claim,
    log: (message) => payload.logger.warn(message),
  })
  const stopRefreshing = onContentVersionMoved(payload, refresher.refresh)
  return {
    ...cache,
    close: async () => {
      stopRefreshing()
      await refresher.idle()
      await store?.close()
    },
  }
}
