import { getPayload, type SanitizedConfig } from 'payload'

import { responseCacheOf } from '@/plugins/responseCache'

/**
 * Payload's API answers through the host's response cache (src/server/responseCache/httpCache.ts):
 * the cache decides the Cache-Control, ETag and X-Cache of the answer and stores public reads.
 * The cache is reached through the Payload instance, which the host and Next's bundle share;
 * without a host (no cache attached) the handler answers as it is.
 */
export function withResponseCache<Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    const cache = responseCacheOf(await getPayload({ config }))
    const compute = () => handler(request, ...args)
    return cache ? cache.answer(request, compute) : compute()
  }
}
