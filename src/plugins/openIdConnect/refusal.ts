import type { PayloadRequest } from 'payload'

import { fillIn, messages, type MessageKey } from '@/i18n/messages'

export type Language = 'en' | 'fr'

/** A sign-in that must not go on: its status, and the message that says why and what to do. */
export class OidcRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 502,
    readonly key: MessageKey,
    readonly vars: Record<string, unknown> = {},
  ) {
    super(key)
  }
}

export const say = (language: Language, key: MessageKey, vars: Record<string, unknown> = {}) =>
  fillIn(messages[language][key], vars)

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The refusal as the reader gets it: a page for the browser the provider sent back (with the way
 * back to the sign-in page), Payload's `{ errors: [{ message }] }` for any other client.
 */
export function refusalAnswer(
  req: PayloadRequest,
  refusal: OidcRefusal,
  language: Language,
  headers: Headers,
): Response {
  const message = say(language, refusal.key, refusal.vars)
  if (!req.headers.get('accept')?.includes('text/html')) {
    headers.set('content-type', 'application/json')
    return new Response(JSON.stringify({ errors: [{ message }] }), {
      status: refusal.status,
      headers,
    })
  }
  const login = `${req.payload.config.routes.admin}/login`
  const title = say(language, 'oidcRefusedTitle')
  headers.set('content-type', 'text/html; charset=utf-8')
  return new Response(
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Grappes</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1><p id="oidc-refusal">${escapeHtml(message)}</p>` +
      `<p><a href="${login}">${escapeHtml(say(language, 'oidcBackToLogin'))}</a></p></main></body></html>`,
    { status: refusal.status, headers },
  )
}
