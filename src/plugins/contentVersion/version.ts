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

/** Called after this process moved the version (the host refreshes its most-read answers). */
export type ContentVersionListener = (version: string) => void

type Slot = { listeners: Set<ContentVersionListener> }
const SLOT = 'contentVersion'

/**
 * The listeners live on the Payload instance's config (set up by the plugin), the one object both
 * module worlds of the process hold: the move happens in Next's bundle, the host listens.
 */
export const contentVersionSlot = (): Slot => ({ listeners: new Set() })
const slotOf = (payload: Payload): Slot | undefined => payload.config.custom?.[SLOT]

/** Runs `listener` after every move this process makes; returns the way to stop. */
export function onContentVersionMoved(payload: Payload, listener: ContentVersionListener) {
  const slot = slotOf(payload)
  if (!slot) throw new Error('the contentVersion plugin is missing from the Payload config')
  slot.listeners.add(listener)
  return () => slot.listeners.delete(listener)
}

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
  for (const listener of slotOf(payload)?.listeners ?? []) listener(version)
  return version
}
