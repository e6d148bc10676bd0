import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { envOf } from '@/env'
import { onSitePath } from './onSitePath'

/** The cookie that limits a preview to one release's documents (set by /preview/release). */
export const RELEASE_SCOPE_COOKIE = 'grappes-release-preview'

/** A release preview: the documents it shows as drafts ("stories:12"), until it expires. */
export type ReleaseLink = { release: string; items: string; path: string; expires: number }

/** The key of a release's documents: sorted "collection:id", comma-separated. */
export const itemsKey = (items: Array<{ relationTo: string; value: unknown }>): string =>
  items
    .map(({ relationTo, value }) => {
      const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
      return `${relationTo}:${String(id)}`
    })
    .sort()
    .join(',')

function signatureOf(payload: Payload, { release, items, path, expires }: ReleaseLink): string {
  return createHmac('sha256', payload.secret)
    .update(JSON.stringify(['release-preview', release, items, path, expires]))
    .digest('base64url')
}

/** The query string of a release's preview link, valid for the configured preview time. */
export function signReleaseLink(
  payload: Payload,
  target: Omit<ReleaseLink, 'expires'>,
  now = Date.now(),
): URLSearchParams {
  const expires = Math.floor(now / 1000) + envOf(payload.config).previewLinkTtlSeconds
  const link = { ...target, expires }
  return new URLSearchParams({
    release: link.release,
    items: link.items,
    path: link.path,
    expires: String(expires),
    token: signatureOf(payload, link),
  })
}

/** A release link that is signed and unexpired, or null (whatever is wrong with it). */
export function checkReleaseLink(
  payload: Payload,
  params: URLSearchParams,
  now = Date.now(),
): ReleaseLink | null {
  const path = onSitePath(params.get('path'))
  const expires = Number(params.get('expires'))
  if (!path || !Number.isSafeInteger(expires) || expires * 1000 <= now) return null
  const link: ReleaseLink = {
    release: params.get('release') ?? '',
    items: params.get('items') ?? '',
    path: params.get('path') ?? '',
    expires,
  }
  const expected = Buffer.from(signatureOf(payload, link))
  const given = Buffer.from(params.get('token') ?? '')
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return { ...link, path }
}
