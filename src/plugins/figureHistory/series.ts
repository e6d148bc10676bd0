/**
 * A figure's history: every value it has had while published, oldest first, the last one being
 * the value published now. A figure is known by its row id (Payload's array row `id`), which an
 * edit in place keeps: the yearly update that changes a figure's value and year in place adds to
 * its history; deleting a row and adding a new one starts a new figure.
 */
export type RecordedFigure = {
  value: number | null
  unit: string | null
  year: number | null
  /** Every language's wording of the source, as stored: `{ en, fr }`. */
  source: Record<string, string | null> | null
  /** When the server recorded this value as published; null when it was published before history was kept. */
  recordedAt: string | null
}

/** The `figureHistory` field: each figure's row id → its recorded values, oldest first. */
export type FigureHistory = Record<string, RecordedFigure[]>

/** A key figure row read with every locale (`locale: 'all'`). */
export type StoredFigure = {
  id?: string | null
  value?: number | null
  unit?: string | null
  year?: number | null
  source?: Record<string, string | null> | string | null
}

const sourceOf = (source: StoredFigure['source']): RecordedFigure['source'] =>
  source && typeof source === 'object' ? { ...source } : null

/**
 * The same source when no language's wording changed; a wording added where there was none (the
 * French translation of the source, written after the English) is the same source, completed.
 */
const sameSource = (a: RecordedFigure['source'], b: RecordedFigure['source']) => {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])
  return [...keys].every((key) => !a?.[key] || !b?.[key] || a[key] === b[key])
}

/** A new value: its number, unit or year differs, or its source in a language that had one. */
export const isNewValue = (last: RecordedFigure, figure: StoredFigure): boolean =>
  last.value !== (figure.value ?? null) ||
  last.unit !== (figure.unit ?? null) ||
  last.year !== (figure.year ?? null) ||
  !sameSource(last.source, sourceOf(figure.source))

/** The recorded source with the wordings added since in languages that had none. */
function completedSource(
  recordedSource: RecordedFigure['source'],
  current: StoredFigure['source'],
): RecordedFigure['source'] {
  const added = sourceOf(current)
  if (!added) return recordedSource
  const completed = { ...recordedSource }
  for (const [key, wording] of Object.entries(added)) if (!completed[key]) completed[key] = wording
  return Object.keys(completed).length ? completed : null
}

const recorded = (figure: StoredFigure, recordedAt: string | null): RecordedFigure => ({
  value: figure.value ?? null,
  unit: figure.unit ?? null,
  year: figure.year ?? null,
  source: sourceOf(figure.source),
  recordedAt,
})

/**
 * The history after a publish. `published` are the figures now published (every locale);
 * `before` the history until now, and `previous` the figures published before this publish
 * (every locale) or null when the document was not published: a figure published before history
 * was kept starts from that value, with no date. Figures no longer on the document are dropped.
 */
export function historyAfterPublish(args: {
  before: FigureHistory | null
  previous: StoredFigure[] | null
  published: StoredFigure[]
  now: string
}): FigureHistory {
  const { before, previous, published, now } = args
  const next: FigureHistory = {}
  for (const figure of published) {
    if (!figure.id) continue
    let values = [...(before?.[figure.id] ?? [])]
    if (values.length === 0) {
      const earlier = previous?.find((row) => row.id === figure.id)
      if (earlier) values = [recorded(earlier, null)]
    }
    const last = values.at(-1)
    if (!last || isNewValue(last, figure)) values.push(recorded(figure, now))
    else
      values[values.length - 1] = { ...last, source: completedSource(last.source, figure.source) }
    next[figure.id] = values
  }
  return next
}

/** One value of a figure's series as the API answers it, in the reader's language. */
export type SeriesPoint = {
  value: number | null
  unit: string | null
  year: number | null
  /** In the reader's language; with `locale=all`, every language's wording. */
  source: string | Record<string, string | null> | null
  recordedAt: string | null
}

/** The source in `locale`, else in the fallback locale (unless `fallbackLocale` is false or 'none'). */
export function localizedSource(
  source: RecordedFigure['source'],
  locale: string,
  fallbackLocale: string | false | null | undefined,
): SeriesPoint['source'] {
  if (!source) return null
  if (locale === 'all') return source
  const own = source[locale]
  if (own) return own
  if (!fallbackLocale || fallbackLocale === 'none' || fallbackLocale === 'false') return null
  return source[fallbackLocale] || null
}

/**
 * A figure's series, oldest first, ending with its published value. A figure without history (a
 * document published before history was kept and not published since) is its published value alone.
 */
export function seriesOf(
  history: FigureHistory | null | undefined,
  figure: StoredFigure,
  locale: string,
  fallbackLocale: string | false | null | undefined,
): SeriesPoint[] {
  const values = figure.id ? history?.[figure.id] : undefined
  if (!values?.length)
    return [
      {
        value: figure.value ?? null,
        unit: figure.unit ?? null,
        year: figure.year ?? null,
        source: figure.source ?? null,
        recordedAt: null,
      },
    ]
  return values.map(({ value, unit, year, source, recordedAt }) => ({
    value,
    unit,
    year,
    source: localizedSource(source, locale, fallbackLocale),
    recordedAt,
  }))
}
