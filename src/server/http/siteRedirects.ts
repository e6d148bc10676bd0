import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { currentContentVersion } from '@/plugins/contentVersion'
import { resolveRedirect } from '@/plugins/slugRedirects'

/** `/<locale>/<one or two segments>`: the only site addresses a renamed document had. */
const CANDIDATE = /^\/(en|fr)(\/[^/]+(?:\/[^/]+)?)\/?$/

/** Beyond this many addresses under one content version, the table starts again (random paths). */
const MAX_ENTRIES = 10_000

/**
 * The target's address without the language (a site path starting with `/`, or an external
 * address), the same for every language, so it can be kept once (`null`: no redirect).
 */
async function targetOf(payload: Payload, from: string): Promise<string | null> {
  const target = await resolveRedirect(payload, from)
  if (!target) return null
  return target.kind === 'document' ? target.path : target.url
}

/** A site path in the language of the request; an external address as it is. */
const inLanguage = (locale: string, target: string): string =>
  target.startsWith('/') ? `/${locale}${target}` : target

/**
 * Old addresses of renamed documents answer a permanent redirect (301: Next's `redirect()` only
 * sends 307 or 308) to the document's current address, in the same language, the query string
 * kept. Only to a published document: otherwise the address falls through to the site's 404.
 * Answers are kept per content version (a publish, and any change of a redirect, moves it), so
 * an address is looked up in the database once per version.
 */
export function siteRedirects(payload: Payload): RequestHandler {
  let known = { version: '', targets: new Map<string, string | null>() }
  return async (req, res, next) => {
    const match = req.method === 'GET' ? CANDIDATE.exec(req.path) : null
    if (!match) return next()
    const [, locale, from] = match
    try {
      const version = await currentContentVersion(payload)
      if (known.version !== version || known.targets.size >= MAX_ENTRIES)
        known = { version, targets: new Map() }
      const cached = known.targets.get(from)
      const target = cached === undefined ? await targetOf(payload, from) : cached
      if (cached === undefined) known.targets.set(from, target)
      if (target === null) return next()
      const mark = req.originalUrl.indexOf('?')
      const query = mark === -1 ? '' : req.originalUrl.slice(mark)
      res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
      res.redirect(301, `${inLanguage(locale, target)}${query}`)
    } catch (error) {
      next(error)
    }
  }
}
