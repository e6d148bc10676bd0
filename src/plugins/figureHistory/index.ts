import type { Config } from 'payload'

import { addHooks } from '../shared/addHooks'
import { applyToTargets } from '../shared/targets'
import { figureHistoryEndpoint } from './endpoint'
import { figureHistoryField } from './field'
import { keepStoredHistory, recordPublishedFigures } from './hooks'
import type { FigureHistoryCollection } from './readFigureHistory'

export { readFigureHistory, type FigureHistoryAnswer } from './readFigureHistory'

/**
 * Figures over time: each publish of a document with key figures (`keyFigures`, src/fields/keyFigures.ts)
 * records the figures whose value, unit, year or source changed, so that a front end can draw a
 * cluster's jobs over the years. The history is kept on the document in a hidden field only the
 * server writes, read through `GET /api/<slug>/:id/figures/history` (README, "Figures over time").
 */
export const figureHistory =
  ({ collections }: { collections: readonly FigureHistoryCollection[] }) =>
  (config: Config): Config =>
    applyToTargets(
      config,
      { collections, globals: [] },
      {
        collection: (collection) => ({
          ...addHooks(collection, {
            beforeChange: [keepStoredHistory],
            afterChange: [recordPublishedFigures],
          }),
          fields: [...collection.fields, figureHistoryField],
          endpoints: [
            ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
            figureHistoryEndpoint(collection.slug as FigureHistoryCollection),
          ],
        }),
        global: (global) => global,
      },
    )
