import type { Payload, PayloadRequest } from 'payload'

import {
  collectionSlugs,
  redirectedCollections,
  type RedirectedCollectionSlug,
} from '@/constants/slugs'
import type { Redirect } from '@/payload-types'
import { sitePathOf } from './sitePath'

/** Where a redirect leads: a document the reader may read, or an address an editor entered. */
export type RedirectTarget =
  | {
      kind: 'document'
      collection: RedirectedCollectionSlug
      id: number
      slug: string
      path: string
    }
  | { kind: 'address'; url: string }

const isRedirected = (slug: string): slug is RedirectedCollectionSlug =>
  (redirectedCollections as readonly string[]).includes(slug)

/**
 * The target of the redirect from `from` (a site path without the language), or null when there
 * is none, or when its document is one the reader may not read: read with the reader's access
 * (`req`'s user; anonymous without `req`), so the public is never sent to an unpublished page.
 */
export async function resolveRedirect(
  payload: Payload,
  from: string,
  req?: PayloadRequest,
): Promise<RedirectTarget | null> {
  const { docs } = await payload.find({
    collection: collectionSlugs.redirects,
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true, // the table is internal: what the reader may see is checked below
    req,
  })
  const redirect: Redirect | undefined = docs[0]
  if (!redirect) return null
  if (redirect.to?.type === 'custom')
    return redirect.to.url ? { kind: 'address', url: redirect.to.url } : null
  const reference = redirect.to?.reference
  if (!reference || !isRedirected(reference.relationTo)) return null
  const id = typeof reference.value === 'object' ? reference.value.id : reference.value
  const found = await payload.find({
    collection: reference.relationTo,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { slug: true },
    overrideAccess: false,
    user: req?.user ?? null,
    req,
  })
  const slug = (found.docs[0] as { slug?: string | null } | undefined)?.slug
  if (!slug) return null
  const collection = reference.relationTo
  return { kind: 'document', collection, id, slug, path: sitePathOf[collection](slug) }
}
