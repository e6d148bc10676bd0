import type { Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

/** What a REST path under /api addresses, as far as query checking needs to know. */
export type ApiRoute =
  | { kind: 'collection'; config: SanitizedCollectionConfig; id?: string; versions: boolean }
  | { kind: 'global'; config: SanitizedGlobalConfig; versions: boolean }

/** Segments after a collection slug that name an operation rather than a document. */
const OPERATION_SEGMENTS = new Set([
  'access',
  'count',
  'file',
  'first-register',
  'forgot-password',
  'init',
  'login',
  'logout',
  'me',
  'refresh-token',
  'reset-password',
  'unlock',
  'verify',
])

/**
 * Whether `rest` (the segments after the collection's slug) addresses one of its own endpoints
 * whose first segment is fixed: `/invite`, or `/moved/:slug` with any value in place of `:slug`.
 * Payload's `/:id…` endpoints start with a parameter and are left to the id checks.
 */
function isOwnEndpoint(config: SanitizedCollectionConfig, rest: string[]): boolean {
  if (!Array.isArray(config.endpoints)) return false
  return config.endpoints.some(({ path }) => {
    const parts = path.split('/').filter(Boolean)
    if (parts.length === 0 || parts[0].startsWith(':') || parts[0] !== rest[0]) return false
    // A fixed path (`/invite`) covers what follows it, as before; a parameterised one must match whole.
    if (parts.every((part) => !part.startsWith(':'))) return true
    return (
      parts.length === rest.length &&
      parts.every((part, i) => part.startsWith(':') || part === rest[i])
    )
  })
}

/** `/api/<slug>[/<id>|/versions[/<id>]]` and `/api/globals/<slug>[/versions[/<id>]]`, decoded. */
export function apiRoute(payload: Payload, segments: string[]): ApiRoute | undefined {
  const [first, second, third] = segments
  if (first === 'globals') {
    const config = payload.config.globals.find((global) => global.slug === second)
    return config && { kind: 'global', config, versions: third === 'versions' }
  }
  const config = payload.config.collections.find((collection) => collection.slug === first)
  if (!config) return undefined
  if (second === 'versions') return { kind: 'collection', config, versions: true, id: third }
  // Payload's own collections have endpoints of their own (`/payload-preferences/:key`, `/payload-jobs/run`)
  // and so do collections here (`/users/invite`, `/clusters/moved/:slug`).
  const ownEndpoint = isOwnEndpoint(config, segments.slice(1))
  if (
    second === undefined ||
    OPERATION_SEGMENTS.has(second) ||
    ownEndpoint ||
    first.startsWith('payload-')
  )
    return { kind: 'collection', config, versions: false }
  // `/:id` and `/:id/duplicate`
  return { kind: 'collection', config, versions: false, id: second }
}
