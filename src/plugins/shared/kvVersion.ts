import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * A version kept in `payload.kv` under `key`, which caches are keyed by: in Redis when REDIS_URL
 * is set (every process shares it), in this process's memory otherwise. A move sets a value never
 * used before, not an increment: two processes reading the same number and writing it plus one
 * would leave one move unseen; two fresh values always differ from every older one.
 */
export async function moveVersion(payload: Payload, key: string): Promise<string> {
  const version = randomUUID()
  await payload.kv.set(key, version)
  return version
}

/** The version now (a first one is set if there is none yet). */
export async function currentVersion(payload: Payload, key: string): Promise<string> {
  return (await payload.kv.get<string>(key)) ?? (await moveVersion(payload, key))
}
