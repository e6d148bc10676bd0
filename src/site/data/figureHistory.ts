import 'server-only'

import { readFigureHistory } from '@/plugins/figureHistory'
import type { SeriesPoint } from '@/plugins/figureHistory/series'
import { getReader } from './payload'
import { cachedRead } from './read'

/**
 * A cluster's key figures over time, by row id, as the public reads them (history holds published
 * values only, so previews read it too): the same answer as `GET /api/clusters/:id/figures/history`.
 */
export const findFigureHistories = cachedRead(
  'clusters:figure-history',
  async (mode, id: number): Promise<Record<string, SeriesPoint[]>> => {
    const answer = await readFigureHistory(await getReader(), {
      collection: 'clusters',
      id,
      locale: mode.locale,
      fallbackLocale: mode.fallbackLocale,
      user: mode.user,
    })
    return Object.fromEntries((answer?.figures ?? []).map((figure) => [figure.id, figure.series]))
  },
)
