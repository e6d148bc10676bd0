import { NextResponse, type NextRequest } from 'next/server'

import { adminLanguageOf } from '@/i18n/adminLanguage'

/**
 * A document or a list opened without a chosen content locale (no `?locale=`) opens in the
 * admin's language, not in the locale last used: Payload would take the locale kept in the
 * user's preferences, so that one French document made every new document French. Choosing a
 * locale (the locale selector, the banner's link) puts it in the address and is kept.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.method !== 'GET' || request.nextUrl.searchParams.has('locale')) {
    return NextResponse.next()
  }
  const language = adminLanguageOf(
    request.cookies.get('payload-lng')?.value,
    request.headers.get('accept-language'),
  )
  const url = request.nextUrl.clone()
  url.searchParams.set('locale', language)
  return NextResponse.redirect(url, 307)
}

export const config = {
  matcher: ['/admin/collections/:path*', '/admin/globals/:path*'],
}
