import type { KeyFigures } from '@/payload-types'
import type { SeriesPoint } from '@/plugins/figureHistory/series'
import type { Locale } from '../i18n'
import { FigureTrend } from './FigureTrend'
import { SourceNote } from './SourceNote'

type KeyFigureListProps = {
  figures: NonNullable<KeyFigures>
  locale: Locale
  /** Each figure's values over time, by row id (a cluster's own page); none on cards. */
  histories?: Record<string, SeriesPoint[]>
}

/**
 * Figures as the page words them, each with its label for context and its source and year, and
 * its values over the years when there is more than one.
 */
export function KeyFigureList({ figures, locale, histories }: KeyFigureListProps) {
  if (!figures.length) return null
  return (
    <ul className="figures">
      {figures.map((figure, index) => (
        <li key={figure.id ?? index} className="figure">
          <span className="figure-label">{figure.label}</span>
          <strong className="figure-display">{figure.display}</strong>
          <SourceNote locale={locale} source={figure.source} year={figure.year} />
          {figure.id && histories?.[figure.id] ? (
            <FigureTrend series={histories[figure.id]} locale={locale} />
          ) : null}
        </li>
      ))}
    </ul>
  )
}
