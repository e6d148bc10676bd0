import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The content version: a value that changes whenever published content may have changed. Cached
 * answers (the HTTP response cache, the site's data cache) are kept under the version they were
 * made at, so a change makes every older entry unreachable at once: coarse, and always right.
 *
 * It lives in `payload.kv`: in Redis when REDIS_URL is set (every instance and the worker share
 * it), in this process's memory otherwise. Both module worlds of the process (the Express host
 * and Next's bundle) reach it through the one Payload instance they share.
 */
const KEY = 'grappes:content-version'

/** The version now: part of every cache key. */
export async function currentContentVersion(payload: Payload): Promise<string> {
  return (await payload.kv.get<string>(KEY)) ?? (await moveContentVersion(payload))
}

/**
 * Moves the version to a value never used before. Not an increment: two instances reading the
 * same number and writing it plus one would leave one move unseen; two fresh values always differ
 * from every older one, whichever write lands last.
 */
export async function moveContentVersion(payload: Payload): Promise<string> {
  const version = randomUUID()
  await payload.kv.set(KEY, version)
  return version
}
