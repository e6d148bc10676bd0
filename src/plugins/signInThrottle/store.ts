import type { Payload } from 'payload'

import { FORGET_AFTER_SECONDS } from './policy'

/** A key's failures and the time (ms) before which it may not try again. */
export type ThrottleRecord = { failures: number; until: number }
/** An account's summary, for the admin: every key that counts for it, and when each may try. */
export type AccountSummary = ThrottleRecord & { keys: string[]; keysUntil: number }

type Entry = { value: unknown; expires: number }
/** The part of ioredis used here (the connection of `@payloadcms/kv-redis`). */
type RedisClient = {
  get(key: string): Promise<string | null>
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>
  del(keys: string[]): Promise<number>
}
const MEMORY_LIMIT = 100_000

declare module 'payload' {
  interface BasePayload {
    /** The throttle's counts when there is no Redis: one map for the host and Next's bundle. */
    signInThrottleMemory?: Map<string, Entry>
  }
}

/**
 * Where the counts live: Redis (the `payload.kv` connection, with an expiry per key) when
 * REDIS_URL is set, so every instance shares them; otherwise a map on the Payload instance that
 * forgets the oldest entries past 100,000 (an attacker inventing addresses cannot fill memory).
 */
export function throttleStore(payload: Payload) {
  // Read by its property: Next's bundle holds its own copy of the adapter's class (no instanceof).
  const redis = (payload.kv as { redisClient?: RedisClient }).redisClient
    ? (payload.kv as unknown as { redisClient: RedisClient })
    : undefined
  const prefix = 'grappes:signin:'
  const memory = (payload.signInThrottleMemory ??= new Map())
  return {
    async get<T>(key: string): Promise<T | null> {
      if (redis) {
        const raw = await redis.redisClient.get(prefix + key)
        return raw === null ? null : (JSON.parse(raw) as T)
      }
      const entry = memory.get(key)
      if (!entry) return null
      if (entry.expires > Date.now()) return entry.value as T
      memory.delete(key)
      return null
    },
    async set(key: string, value: unknown): Promise<void> {
      if (redis) {
        await redis.redisClient.set(prefix + key, JSON.stringify(value), 'EX', FORGET_AFTER_SECONDS)
        return
      }
      memory.delete(key) // re-inserted last: the map's order is the order of last writes
      memory.set(key, { value, expires: Date.now() + FORGET_AFTER_SECONDS * 1000 })
      if (memory.size > MEMORY_LIMIT) memory.delete(memory.keys().next().value as string)
    },
    async delete(keys: string[]): Promise<void> {
      if (!keys.length) return
      if (redis) await redis.redisClient.del(keys.map((key) => prefix + key))
      else for (const key of keys) memory.delete(key)
    },
  }
}
