import { APIError, type Endpoint } from 'payload'

import type { RedirectedCollectionSlug } from '@/constants/slugs'
import { translate } from '@/i18n/messages'
import { answerInContentLanguage } from '../strictWrites/readerLanguage'
import { resolveRedirect } from './resolveRedirect'
import { sitePathOf } from './sitePath'

/**
 * `GET /api/<collection>/moved/:slug`: where the document once at `slug` is now. A 301 whose
 * `Location` is the document's REST address (the query string kept, e.g. `?locale=fr`), with
 * `{ collection, id, slug, path, location }` as its body (`path`: the site address without the
 * language). A 404 in the reader's language when no document the reader may read moved from there.
 */
export const movedEndpoint = (collection: RedirectedCollectionSlug): Endpoint => ({
  path: '/moved/:slug',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    const slug = String(req.routeParams?.slug ?? '')
    const target = await resolveRedirect(req.payload, sitePathOf[collection](slug), req)
    if (target?.kind !== 'document' || target.collection !== collection)
      throw new APIError(translate(req, 'movedNotFound', { collection, slug }), 404, null, true)
    const query = req.searchParams.toString()
    const location = `${req.payload.config.routes.api}/${collection}/${target.id}${query ? `?${query}` : ''}`
    return Response.json(
      { collection, id: target.id, slug: target.slug, path: target.path, location },
      { status: 301, headers: { Location: location } },
    )
  },
})
