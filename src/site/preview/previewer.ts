import 'server-only'

import { draftMode, headers } from 'next/headers'
import type { Payload, TypedUser } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/constants/slugs'
import { getReader } from '../data/payload'

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
