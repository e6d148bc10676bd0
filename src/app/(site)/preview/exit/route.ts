import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

/** Leaves draft mode and goes back to the published page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  return NextResponse.redirect(
    new URL(path.startsWith('/') && !path.startsWith('//') ? path : '/', request.url),
    307,
  )
}
