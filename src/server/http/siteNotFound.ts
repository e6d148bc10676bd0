import type { RequestHandler, Response } from 'express'

import { dictionary, isLocale, localeTags, otherLocale, type Locale } from '@/site/i18n'

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The site's 404 as a whole document, in one language, readable with or without JavaScript. */
export function notFoundDocument(locale: Locale): string {
  const t = dictionary(locale)
  const other = dictionary(otherLocale(locale))
  return `<!DOCTYPE html>
<html lang="${localeTags[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.notFound.title)} · ${escape(t.siteName)}</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="32x32">
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f}header,main{max-width:56rem;margin:0 auto;padding:1rem}header{display:flex;justify-content:space-between}a{color:#4b2a7b}</style>
</head>
<body>
<header><a href="/${locale}">${escape(t.siteName)}</a><a href="/${otherLocale(locale)}" lang="${localeTags[otherLocale(locale)]}">${escape(other.languageName)}</a></header>
<main id="main" class="not-found">
<h1>${escape(t.notFound.title)}</h1>
<p>${escape(t.notFound.text)}</p>
<p><a href="/${locale}">${escape(t.notFound.home)}</a></p>
</main>
</body>
</html>
`
}

/** First path segments that are not the public site: they keep their own 404 answers. */
const NOT_SITE = new Set(['api', 'admin', '_next', 'preview', 'healthz', 'readyz'])

/** Sends the 404 document in place of what Next was about to write. */
function sendDocument(res: Response, end: Response['end'], locale: Locale): void {
  const body = notFoundDocument(locale)
  // The security headers stay; those that described Next's body go.
  for (const name of ['etag', 'link', 'content-encoding', 'transfer-encoding', 'x-nextjs-cache'])
    res.removeHeader(name)
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  ;(end as (chunk: string) => Response).call(res, body)
}

/**
 * Next renders a site page's `notFound()` as an empty document that only JavaScript fills in
 * (the site has several root layouts, so no not-found page can be rendered on the server). When
 * a site page answers 404, the host sends the message itself, in the language of the address.
 * Client-side navigations (Next's `RSC` requests) keep Next's own answer.
 */
export const siteNotFound: RequestHandler = (req, res, next) => {
  const first = req.path.split('/')[1]
  if (req.method !== 'GET' || NOT_SITE.has(first) || req.headers.rsc) return next()
  // An address outside both languages gets the English page (its links lead to both).
  const locale: Locale = isLocale(first) ? first : 'en'
  const { write, end, writeHead } = res
  // `next`: Next writes; `sending`: our document goes out (Node's own `end` calls `writeHead`);
  // `done`: whatever Next still writes is dropped.
  let state: 'next' | 'sending' | 'done' = 'next'
  const takesOver = (): boolean => {
    if (state === 'done') return true
    if (state === 'sending' || res.statusCode !== 404 || res.headersSent) return false
    state = 'sending'
    sendDocument(res, end, locale)
    state = 'done'
    return true
  }
  res.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
    if (state === 'next' && status === 404 && !res.headersSent) res.statusCode = 404
    if (takesOver()) return this
    return (writeHead as (...args: unknown[]) => Response).call(this, status, ...rest)
  } as Response['writeHead']
  res.write = function (this: Response, ...args: unknown[]) {
    if (takesOver()) return true
    return (write as (...a: unknown[]) => boolean).apply(this, args)
  } as Response['write']
  res.end = function (this: Response, ...args: unknown[]) {
    if (takesOver()) return this
    return (end as (...a: unknown[]) => Response).apply(this, args)
  } as Response['end']
  next()
}
