import type { Payload } from 'payload'

import { moveVersion } from '../shared/kvVersion'

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

/** Moves the version to a value never used before (see ../shared/kvVersion.ts). */
export async function moveContentVersion(payload: Payload): Promise<string> {
  const version = await moveVersion(payload, KEY)
  for (const listener of slotOf(payload)?.listeners ?? []) listener(version)
  return version
}
