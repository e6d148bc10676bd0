import type { Config, Payload } from 'payload'

/**
 * What Payload's API route handlers need from the host's response cache
 * (src/server/responseCache/httpCache.ts): given the request and the handler's answer to come,
 * the answer to send (computed once for identical public reads, stored, with its ETag).
 */
export type ApiReadCache = {
  answer: (request: Request, compute: () => Promise<Response>) => Promise<Response>
}

type Slot = { cache?: ApiReadCache }

const SLOT = 'responseCache'

/**
 * Gives the Payload instance a place for the host's response cache. The host (run by tsx) and
 * Next's bundle are two module worlds in one process, and the Payload instance is the one object
 * both hold: a module-level variable would exist twice, `globalThis` would hide the tie.
 */
export const responseCacheSlot = (config: Config): Config => ({
  ...config,
  custom: { ...config.custom, [SLOT]: {} satisfies Slot },
})

const slotOf = (payload: Payload): Slot | undefined => payload.config.custom?.[SLOT]

/** The host puts its cache there (or takes it away) when it builds the app. */
export function attachResponseCache(payload: Payload, cache: ApiReadCache | undefined): void {
  const slot = slotOf(payload)
  if (!slot) throw new Error('responseCacheSlot is missing from the plugins of the Payload config')
  slot.cache = cache
}

/** The cache the API route handlers answer through; undefined outside the host (no caching). */
export const responseCacheOf = (payload: Payload): ApiReadCache | undefined =>
  slotOf(payload)?.cache
