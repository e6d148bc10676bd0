import 'server-only'

import { cookies, draftMode, headers } from 'next/headers'
import type { Payload, TypedUser } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/constants/slugs'
import { getReader } from '../data/payload'
import { checkReleaseLink, RELEASE_SCOPE_COOKIE } from './releaseLink'

/** A signed-in admin user (never an API client: a front end's key does not open the site's drafts). */
export async function staffUser(
  payload: Payload,
  requestHeaders: Headers,
): Promise<TypedUser | null> {
  const { user } = await payload.auth({ headers: requestHeaders })
  return user?.collection === collectionSlugs.users ? user : null
}

/**
 * The person previewing this request, or null. Next's draft-mode cookie alone says nothing about
 * who asks (its value is the same for everyone and never expires): only a valid Payload session
 * turns it into a preview, and drafts are then read as that user. Once per request.
 */
export const previewer = cache(async (): Promise<TypedUser | null> => {
  if (!(await draftMode()).isEnabled) return null
  return staffUser(await getReader(), await headers())
})

/**
 * The documents a release preview shows as drafts ("stories:12"), or null for an ordinary
 * preview. A scope cookie that is no longer valid (expired, tampered with) shows no draft at all.
 */
export const previewScope = cache(async (): Promise<string[] | null> => {
  const value = (await cookies()).get(RELEASE_SCOPE_COOKIE)?.value
  if (!value) return null
  const link = checkReleaseLink(await getReader(), new URLSearchParams(value))
  return link ? link.items.split(',').filter(Boolean) : []
})
