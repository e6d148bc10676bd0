import type { IncomingMessage } from 'node:http'

import { DRAFT_HEADER } from '@/utilities/draftRequest'

/** API paths that are never public, whoever asks. */
const PRIVATE_PREFIXES = [
  '/api/users',
  '/api/api-clients',
  '/api/audit-log',
  '/api/webhooks',
  '/api/webhook-deliveries',
  '/api/payload-',
  '/api/graphql-playground',
  '/api/access',
  '/api/preview',
]

/** The path and query of a request, the path decoded (a `%75sers` is still `users`). */
export function splitUrl(req: IncomingMessage): { path: string; query: URLSearchParams } {
  const url = req.url ?? '/'
  const mark = url.indexOf('?')
  const rawPath = mark === -1 ? url : url.slice(0, mark)
  let path = rawPath
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    // A malformed escape: Next answers it with a 400; the raw path is checked as it is.
  }
  return { path, query: new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1)) }
}

export const isApiPath = (path: string) => path.startsWith('/api/')

/** Uploaded files (`/api/media/file/…`): streamed by Payload, with byte ranges for video. */
export const isFilePath = (path: string) => /^\/api\/[^/]+\/file\//.test(path)

/** An anonymous read of published content: the only kind of response that may be shared. */
export function isPublicRead(req: IncomingMessage, path: string, query: URLSearchParams): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.authorization || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? ''))
    return false
  if (query.get('draft') === 'true' || req.headers[DRAFT_HEADER] === 'true') return false
  if (PRIVATE_PREFIXES.some((prefix) => path.startsWith(prefix))) return false
  return !/\/versions(\/|$)|\/me$/.test(path)
}
