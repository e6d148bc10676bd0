import { APIError, type Endpoint } from 'payload'

import { translate } from '@/i18n/messages'
import { BadParameter } from '@/server/http/badInput/badParameter'
import { idProblem, idTypeOf } from '@/server/http/badInput/idShape'
import { answerInContentLanguage } from '../strictWrites/readerLanguage'
import { readFigureHistory, type FigureHistoryCollection } from './readFigureHistory'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/**
 * `GET /api/<collection>/:id/figures/history`: each published figure of the document with its
 * series `{ value, unit, year, source, recordedAt }`, oldest first, ending with the published
 * value; localized by `locale` and `fallback-locale`. Read as the requester may read the
 * document: anonymous readers get published documents only. A malformed id is a 400 naming it, a
 * document the reader may not read (or none) a 404, both in the reader's language.
 */
export const figureHistoryEndpoint = (collection: FigureHistoryCollection): Endpoint => ({
  path: '/:id/figures/history',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    const id = String(req.routeParams?.id ?? '')
    const config = req.payload.collections[collection].config
    const problem = idProblem(id, idTypeOf(req.payload, config))
    if (problem) {
      const message = new BadParameter('id', problem, 'path').messageIn(req.t as Translate)
      throw new APIError(message, 400, null, true)
    }
    const answer = await readFigureHistory(req.payload, {
      collection,
      id,
      locale: req.locale ?? 'en',
      // Payload's list of fallbacks: the first is the one a localized value falls back to.
      fallbackLocale: Array.isArray(req.fallbackLocale)
        ? req.fallbackLocale[0]
        : req.fallbackLocale,
      user: req.user,
      req,
    })
    if (!answer)
      throw new APIError(
        translate(req, 'figureHistoryNotFound', { collection, id }),
        404,
        null,
        true,
      )
    return Response.json(answer)
  },
})
