import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { getReader } from '@/site/data/payload'
import { staffUser } from '@/site/preview/previewer'
import { refusal } from '@/site/preview/refusal'
import { RELEASE_SCOPE_COOKIE } from '@/site/preview/releaseLink'
import { checkPreviewLink } from '@/site/preview/token'
import { readDraftAs } from '@/utilities/readDraftAs'

/**
 * Opens a preview link from the admin: the link must be signed and unexpired, the person opening
 * it signed in, and the document one they may read as a draft; then draft mode, then the page.
 */
export async function GET(request: NextRequest) {
  const payload = await getReader()
  const check = checkPreviewLink(payload, request.nextUrl.searchParams)
  if (!check.ok) return refusal(check.status, check.message)
  const user = await staffUser(payload, request.headers)
  if (!user) {
    return refusal(
      401,
      'Previews show drafts to their editors: sign in to the admin, then open the preview again.',
    )
  }
  const { collection, id, path } = check.link
  const doc = await readDraftAs(payload, collection, id, user)
  if (!doc) return refusal(403, 'You may not preview this document.')
  ;(await draftMode()).enable()
  const response = NextResponse.redirect(new URL(path, request.url), 307)
  response.headers.set('Cache-Control', 'private, no-store')
  // An ordinary preview (or none) is no longer limited to a release's documents.
  response.cookies.delete(RELEASE_SCOPE_COOKIE)
  return response
}
