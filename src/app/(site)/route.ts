import { type NextRequest, NextResponse } from 'next/server'

import { localePath } from '@/site/paths'

/**
 * The bare address has no language: send French readers to /fr and everyone else to /en. A
 * temporary redirect, because the answer depends on who asks.
 */
export function GET(request: NextRequest) {
  const accepted = request.headers.get('accept-language') ?? ''
  const prefersFrench = /^\s*fr\b/i.test(accepted)
  const response = NextResponse.redirect(
    new URL(localePath(prefersFrench ? 'fr' : 'en'), request.url),
    307,
  )
  response.headers.set('Vary', 'Accept-Language')
  return response
}
