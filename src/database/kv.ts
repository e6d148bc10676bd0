import type { RedisKVAdapter } from '@payloadcms/kv-redis'
import { inMemoryKVAdapter, type KVAdapterResult, type Payload } from 'payload'

import type { AppEnv } from '@/env'

/**
 * `payload.kv`: the state every part of the process (the Express host and Next's bundle), and with
 * Redis every instance, shares through the Payload instance (the content version lives there). In
 * Redis when REDIS_URL is set; in memory otherwise. Payload's default, a database collection,
 * would cost a query on every cached read.
 */
export const keyValueStore = async (env: AppEnv): Promise<KVAdapterResult> =>
  env.redisUrl
    ? // Loaded only where Redis is used: its client costs every start otherwise.
      (await import('@payloadcms/kv-redis')).redisKVAdapter({
        redisURL: env.redisUrl,
        keyPrefix: 'grappes:kv:',
      })
    : inMemoryKVAdapter()

/** `payload.destroy()` closes the database only; the Redis connection is closed here. */
export async function closeKeyValueStore(payload: Payload): Promise<void> {
  const { redisClient } = payload.kv as Partial<RedisKVAdapter>
  await redisClient?.quit()
}
