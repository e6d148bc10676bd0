import { createHmac, timingSafeEqual } from 'node:crypto'

import { readEnv } from '@/env'

/**
 * A preview link carries a token signed with PAYLOAD_SECRET for exactly one path: it opens the
 * draft of that page and nothing else, and the secret itself never leaves the server.
 */
export function previewToken(path: string): string {
  return createHmac('sha256', readEnv().payloadSecret).update(`preview:${path}`).digest('base64url')
}

export function isValidPreviewToken(path: string, token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(previewToken(path))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** The site path that shows a document, for the admin's preview and live preview. */
export function sitePathOf(
  collection: string,
  slug: string | undefined,
  locale: string,
): string | undefined {
  if (!slug) return undefined
  if (collection === 'pages') return `/${locale}/${slug}`
  if (collection === 'stories') return `/${locale}/stories/${slug}`
  if (collection === 'clusters') return `/${locale}/clusters/${slug}`
  return undefined
}

/** An absolute preview link for a document, or null when it has no page yet. */
export function previewUrl(
  collection: string,
  slug: string | undefined,
  locale: string | undefined,
): string | null {
  const path = sitePathOf(collection, slug, locale ?? 'en')
  if (!path) return null
  const query = new URLSearchParams({ path, token: previewToken(path) })
  return `${readEnv().serverUrl}/preview?${query}`
}
