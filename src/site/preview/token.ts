import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { envOf } from '@/env'
import { onSitePath } from './onSitePath'

export const previewCollections = ['pages', 'stories', 'clusters'] as const
export type PreviewCollection = (typeof previewCollections)[number]

/** What a preview link opens: one document, shown at one path, until it expires. */
export type PreviewLink = {
  collection: PreviewCollection
  id: string
  path: string
  /** Unix time, in seconds, after which the link is refused. */
  expires: number
}

export type PreviewLinkCheck =
  { ok: true; link: PreviewLink } | { ok: false; status: 400 | 403; message: string }

/**
 * The signature binds every part of the link (signed with Payload's secret, which never leaves the
 * server): changing the path, the document or the expiry makes it invalid. `payload.secret` is the
 * one the whole process shares, even with a generated development secret.
 */
function signatureOf(payload: Payload, { collection, id, path, expires }: PreviewLink): string {
  return createHmac('sha256', payload.secret)
    .update(JSON.stringify(['preview', collection, id, path, expires]))
    .digest('base64url')
}

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

const badParameter = (name: string, rule: string): PreviewLinkCheck => ({
  ok: false,
  status: 400,
  message: `The preview link's "${name}" parameter is not valid: ${rule}.`,
})

const isPreviewCollection = (value: string | null): value is PreviewCollection =>
  previewCollections.includes(value as PreviewCollection)

/** The query string of a preview link for a document, valid for the configured time. */
export function signPreviewLink(
  payload: Payload,
  target: Omit<PreviewLink, 'expires'>,
  now = Date.now(),
): URLSearchParams {
  const ttlSeconds = envOf(payload.config).previewLinkTtlSeconds
  const link = { ...target, expires: Math.floor(now / 1000) + ttlSeconds }
  return new URLSearchParams({
    path: link.path,
    collection: link.collection,
    id: link.id,
    expires: String(link.expires),
    token: signatureOf(payload, link),
  })
}

/** Reads a preview link's query string: each refusal says which part is wrong. */
export function checkPreviewLink(
  payload: Payload,
  params: URLSearchParams,
  now = Date.now(),
): PreviewLinkCheck {
  const path = onSitePath(params.get('path'))
  if (!path) return badParameter('path', 'it must be a path on this site, such as /en/clusters')
  const collection = params.get('collection')
  if (!isPreviewCollection(collection))
    return badParameter('collection', `it must be one of ${previewCollections.join(', ')}`)
  const id = params.get('id') ?? ''
  if (!/^[\w-]{1,64}$/.test(id)) return badParameter('id', 'it must be a document id')
  const expires = Number(params.get('expires'))
  if (!Number.isSafeInteger(expires) || expires <= 0)
    return badParameter('expires', 'it must be a time in seconds')
  const link: PreviewLink = { collection, id, path: params.get('path') ?? '', expires }
  if (!sameSignature(signatureOf(payload, link), params.get('token') ?? '')) {
    return {
      ok: false,
      status: 403,
      message: 'This preview link is not valid: open the preview from the admin again.',
    }
  }
  if (expires * 1000 <= now) {
    return {
      ok: false,
      status: 403,
      message: 'This preview link has expired: open the preview from the admin again.',
    }
  }
  return { ok: true, link: { ...link, path } }
}

/** The site path that shows a document, for the admin's preview and live preview. */
export function sitePathOf(
  collection: PreviewCollection,
  slug: string | undefined,
  locale: string,
): string | undefined {
  if (!slug) return undefined
  if (collection === 'pages') return `/${locale}/${slug}`
  if (collection === 'stories') return `/${locale}/stories/${slug}`
  return `/${locale}/clusters/${slug}`
}

/** An absolute preview link for a saved document, or null when it has no page yet. */
export function previewUrl(
  payload: Payload,
  {
    collection,
    id,
    slug,
    locale,
  }: {
    collection: PreviewCollection
    id: number | string | undefined
    slug: string | undefined
    locale: string | undefined
  },
): string | null {
  const path = sitePathOf(collection, slug, locale ?? 'en')
  if (!path || id === undefined) return null
  const query = signPreviewLink(payload, { collection, id: String(id), path })
  return `${payload.config.serverURL}/preview?${query}`
}
