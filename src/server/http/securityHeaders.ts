import type { RequestHandler } from 'express'
import helmet from 'helmet'

import { requestKind } from './requestKind'

const HSTS = { maxAge: 31_536_000, includeSubDomains: true }

/**
 * Security headers for pages: the admin and the public site. The content security policy fits
 * the admin: Next injects inline bootstrap scripts and styles, and development adds eval and a
 * websocket for hot reload. HSTS only makes sense behind HTTPS, so only in production.
 */
function pageHeaders(isProduction: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'media-src': ["'self'", 'blob:'],
        'connect-src': ["'self'", ...(isProduction ? [] : ['ws:', 'wss:'])],
        'frame-src': ["'self'", 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        'frame-ancestors': ["'self'"],
        'form-action': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: isProduction ? HSTS : false,
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
}

/**
 * Headers for the API reference page (/api/docs, src/server/http/apiDocs): Swagger UI from our own
 * origin, with no inline script at all. Its icons are `data:` images; its styles are a file.
 */
function apiDocsHeaders(isProduction: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: isProduction ? HSTS : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  })
}

/**
 * Headers for API answers (JSON and uploaded files), which are never rendered as pages: nothing
 * may run or frame them. Published content is meant to be shown by front ends on other origins
 * (a cluster's hero image on a partner site), so public reads may be embedded cross-origin;
 * anything personal stays same-origin.
 */
export function apiSecurityHeaders(isProduction: boolean, isPublic: boolean) {
  return {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Cross-Origin-Resource-Policy': isPublic ? 'cross-origin' : 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    ...(isProduction
      ? { 'Strict-Transport-Security': `max-age=${HSTS.maxAge}; includeSubDomains` }
      : {}),
  }
}

/** Security headers for every answer: the page set, the API reference's, or the API set under `/api/`. */
export function securityHeaders(isProduction: boolean): RequestHandler {
  const pages = pageHeaders(isProduction)
  const apiDocs = apiDocsHeaders(isProduction)
  const api = {
    public: Object.entries(apiSecurityHeaders(isProduction, true)),
    private: Object.entries(apiSecurityHeaders(isProduction, false)),
  }
  return (req, res, next) => {
    const { path, api: isApi, publicRead } = requestKind(req)
    // The GraphQL playground (development only) is a page.
    if (!isApi || path.startsWith('/api/graphql-playground')) return pages(req, res, next)
    if (path === '/api/docs' || path.startsWith('/api/docs/')) return apiDocs(req, res, next)
    for (const [name, value] of publicRead ? api.public : api.private) res.setHeader(name, value)
    next()
  }
}
