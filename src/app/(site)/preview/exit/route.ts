import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { onSitePath } from '@/site/preview/onSitePath'
import { refusal } from '@/site/preview/refusal'
import { RELEASE_SCOPE_COOKIE } from '@/site/preview/releaseLink'

/** Leaves draft mode and goes back to the published page, on this site only. */
export async function GET(request: NextRequest) {
  const path = onSitePath(request.nextUrl.searchParams.get('path') ?? '/')
  if (!path) {
    return refusal(
      400,
      'The "path" parameter is not valid: it must be a path on this site, such as /en.',
    )
  }
  ;(await draftMode()).disable()
  const response = NextResponse.redirect(new URL(path, request.url), 307)
  response.headers.set('Cache-Control', 'private, no-store')
  // An ordinary preview (or none) is no longer limited to a release's documents.
  response.cookies.delete(RELEASE_SCOPE_COOKIE)
  return response
}
