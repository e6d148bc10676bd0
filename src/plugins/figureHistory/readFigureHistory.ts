import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { figureHistoryCollections } from '@/constants/slugs'
import { FIGURE_HISTORY_FIELD } from './field'
import { seriesOf, type FigureHistory, type SeriesPoint, type StoredFigure } from './series'

export type FigureHistoryCollection = (typeof figureHistoryCollections)[number]

/** The answer of `GET /api/<slug>/:id/figures/history`: each published figure and its series. */
export type FigureHistoryAnswer = {
  id: number
  figures: Array<{ id: string; label: FigureLabel; series: SeriesPoint[] }>
}

/** In the reader's language; with `locale=all`, every language's. */
type FigureLabel = string | Record<string, string | null> | null

type Read = {
  collection: FigureHistoryCollection
  id: number | string
  locale: string
  fallbackLocale: string | false | null | undefined
  user?: TypedUser | null
  req?: Partial<PayloadRequest>
}

type ReadDocument = {
  id: number
  _status?: 'draft' | 'published' | null
  keyFigures?: Array<StoredFigure & { label?: FigureLabel }> | null
  figureHistory?: FigureHistory | null
}

/**
 * A document's figures with their history, as `user` may read the document: its published
 * figures only (never a draft's), null when the reader may not read it, it does not exist or it
 * is not published (for editors too: a draft has no history to show).
 */
export async function readFigureHistory(
  payload: Payload,
  { collection, id, locale, fallbackLocale, user, req }: Read,
): Promise<FigureHistoryAnswer | null> {
  const doc = (await payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    // Localized as the rest of the API: `fallbackLocale: 'none'` (or false) means none.
    locale: locale as 'en',
    fallbackLocale: (fallbackLocale ?? undefined) as 'en',
    select: { _status: true, keyFigures: true, [FIGURE_HISTORY_FIELD]: true },
    showHiddenFields: true,
    overrideAccess: false,
    user: user ?? undefined,
    disableErrors: true,
    req,
  })) as ReadDocument | null
  // The document row is the published one, or a draft never (or no longer) published: none to show.
  if (doc?._status !== 'published') return null
  return {
    id: doc.id,
    figures: (doc.keyFigures ?? []).flatMap((figure) =>
      figure.id
        ? [
            {
              id: figure.id,
              label: figure.label ?? null,
              series: seriesOf(doc.figureHistory, figure, locale, fallbackLocale),
            },
          ]
        : [],
    ),
  }
}
