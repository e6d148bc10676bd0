import { NextResponse } from 'next/server'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A refused preview as a small page for the person who clicked the link (not JSON: it opens in a
 * browser tab), never cached and never setting the draft-mode cookie.
 */
export function refusal(status: 400 | 401 | 403, message: string): NextResponse {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview refused</title></head><body><main><h1>Preview refused</h1><p>${escapeHtml(message)}</p><p><a href="/admin">Admin</a></p></main></body></html>`
  return new NextResponse(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  })
}
