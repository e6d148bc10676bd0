import { createClient } from 'redis'

/**
 * A number that changes whenever published content may have changed. Cached responses are kept
 * under the version they were made at, so a change makes every older entry unreachable at once:
 * coarse, and always right. With REDIS_URL the number lives in Redis and every instance (and the
 * worker) shares it; otherwise it lives in this process.
 */
export type ContentVersion = {
  current: () => Promise<string>
  bump: () => Promise<void>
  close: () => Promise<void>
}

const REDIS_KEY = 'grappes:content-version'
const registry = globalThis as typeof globalThis & { __grappesContentVersion?: ContentVersion }

function memoryVersion(): ContentVersion {
  let version = Date.now()
  return {
    current: async () => String(version),
    bump: async () => {
      version += 1
    },
    close: async () => undefined,
  }
}

function redisVersion(url: string): ContentVersion {
  const client = createClient({ url })
  client.on('error', (error: Error) =>
    console.error(`[grappes] redis (content version): ${error.message}`),
  )
  const ready = client.connect()
  return {
    current: async () => {
      await ready
      return (await client.get(REDIS_KEY)) ?? '0'
    },
    bump: async () => {
      await ready
      await client.incr(REDIS_KEY)
    },
    close: async () => {
      await ready
      await client.quit()
      delete registry.__grappesContentVersion
    },
  }
}

/**
 * One per process: Next's bundle and the Express host each load this module, and both must see
 * the same version.
 */
export function contentVersion(redisUrl?: string): ContentVersion {
  registry.__grappesContentVersion ??= redisUrl ? redisVersion(redisUrl) : memoryVersion()
  return registry.__grappesContentVersion
}
