import type { IncomingMessage } from 'node:http'

import { privateCollections } from '@/constants/slugs'
import { DRAFT_HEADER } from '@/utilities/draftRequest'

/** API paths that are never public, whoever asks. */
const PRIVATE_PREFIXES = [
  ...privateCollections.map((slug) => `/api/${slug}`),
  // Payload's own collections (preferences, locks, migrations, jobs).
  '/api/payload-',
  '/api/graphql-playground',
  '/api/access',
  '/api/preview',
]

/** What the host needs to know about a request to choose its headers and whether to cache it. */
export type RequestKind = {
  /** The path, decoded (a `%75sers` is still `users`). */
  path: string
  /** Under `/api/`: Payload's REST and GraphQL, answered with the API headers. */
  api: boolean
  /** An uploaded file (`/api/media/file/…`): streamed by Payload, with byte ranges for video. */
  file: boolean
  /** An anonymous read of published content: the only kind of answer that may be shared. */
  publicRead: boolean
}

function decodedPath(req: IncomingMessage): { path: string; query: URLSearchParams } {
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

function isPublicRead(req: IncomingMessage, path: string, query: URLSearchParams): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.authorization || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? ''))
    return false
  if (query.get('draft') === 'true' || req.headers[DRAFT_HEADER] === 'true') return false
  if (PRIVATE_PREFIXES.some((prefix) => path.startsWith(prefix))) return false
  return !/\/versions(\/|$)|\/me$/.test(path)
}

/** The decision for each request, made by the first part of the host that asks. */
const kinds = new WeakMap<IncomingMessage, RequestKind>()

/**
 * Classifies a request once: the cache's hit path (in front of Express), the security headers
 * and the hand-off to the API handlers all read the same decision. Made from the request as it
 * arrived (before `headAsGet` turns a HEAD into a GET).
 */
export function requestKind(req: IncomingMessage): RequestKind {
  let kind = kinds.get(req)
  if (!kind) {
    const { path, query } = decodedPath(req)
    kind = {
      path,
      api: path.startsWith('/api/'),
      file: /^\/api\/[^/]+\/file\//.test(path),
      publicRead: isPublicRead(req, path, query),
    }
    kinds.set(req, kind)
  }
  return kind
}
