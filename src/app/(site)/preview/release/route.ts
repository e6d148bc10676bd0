import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isEditorUser } from '@/access/isEditor'
import { collectionSlugs } from '@/constants/slugs'
import { getReader } from '@/site/data/payload'
import { staffUser } from '@/site/preview/previewer'
import { refusal } from '@/site/preview/refusal'
import { checkReleaseLink, itemsKey, RELEASE_SCOPE_COOKIE } from '@/site/preview/releaseLink'

/**
 * Opens a release's preview link from the admin: signed, unexpired, opened by an editor, and
 * naming the release's documents as they are now. The site then shows the drafts of those
 * documents, and only those (the scope cookie, checked on every read), until the link expires.
 */
export async function GET(request: NextRequest) {
  const payload = await getReader()
  const link = checkReleaseLink(payload, request.nextUrl.searchParams)
  if (!link)
    return refusal(
      403,
      'This preview link is not valid or has expired: open it from the release again.',
    )
  const user = await staffUser(payload, request.headers)
  if (!user) return refusal(401, 'Sign in to the admin, then open the preview again.')
  if (!isEditorUser(user)) return refusal(403, 'Only communications and admins preview releases.')
  const release = await payload.findByID({
    collection: collectionSlugs.releases,
    id: link.release,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user,
  })
  if (!release || itemsKey(release.items ?? []) !== link.items)
    return refusal(403, 'The release has changed: open its preview again.')
  ;(await draftMode()).enable()
  const response = NextResponse.redirect(new URL(link.path, request.url), 307)
  response.headers.set('Cache-Control', 'private, no-store')
  response.cookies.set(RELEASE_SCOPE_COOKIE, request.nextUrl.searchParams.toString(), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.nextUrl.protocol === 'https:',
    expires: new Date(link.expires * 1000),
  })
  return response
}
