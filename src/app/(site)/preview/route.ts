import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isValidPreviewToken } from '@/site/preview/token'

/** Opens a signed preview link: draft mode on, then the page itself (showing its draft). */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? ''
  if (
    !path.startsWith('/') ||
    path.startsWith('//') ||
    !isValidPreviewToken(path, request.nextUrl.searchParams.get('token'))
  ) {
    return NextResponse.json(
      {
        errors: [
          { message: 'This preview link is not valid: open the preview from the admin again.' },
        ],
      },
      { status: 403 },
    )
  }
  ;(await draftMode()).enable()
  const response = NextResponse.redirect(new URL(path, request.url), 307)
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}
