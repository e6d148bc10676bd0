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
  // and so do collections here (`/users/invite`).
  const ownEndpoint =
    Array.isArray(config.endpoints) && config.endpoints.some((e) => e.path === `/${second}`)
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
