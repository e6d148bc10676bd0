import { APIError, type Endpoint } from 'payload'

import { translate } from '@/i18n/messages'
import { BadParameter } from '@/server/http/badInput/badParameter'
import { answerInContentLanguage } from '@/plugins/strictWrites/readerLanguage'

import { searchPublished } from './search'
import { searchQueryOf } from './searchParams'

/**
 * `GET /api/search?q=&locale=&limit=&page=`: published clusters, companies, stories, ambassadors,
 * pages and organizations matching `q`, best first, with a highlighted snippet. Anonymous reads
 * of it are cached by the host under the content version, which every publish moves.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : ['en']
    let query
    try {
      query = searchQueryOf(req.searchParams, locales)
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error
      const t = req.t as (key: string, vars?: Record<string, unknown>) => string
      return Response.json({ errors: [{ message: error.messageIn(t) }] }, { status: 400 })
    }
    const result = await searchPublished(req.payload, query)
    if (!result) throw new APIError(translate(req, 'searchUnavailable'), 501, undefined, true)
    return Response.json(result)
  },
}
