import type { KeyFigures } from '@/payload-types'
import type { Locale } from '../i18n'
import { SourceNote } from './SourceNote'

type KeyFigureListProps = {
  figures: NonNullable<KeyFigures>
  locale: Locale
}

/** Figures as the page words them, each with its label for context and its source and year. */
export function KeyFigureList({ figures, locale }: KeyFigureListProps) {
  if (!figures.length) return null
  return (
    <ul className="figures">
      {figures.map((figure, index) => (
        <li key={figure.id ?? index} className="figure">
          <span className="figure-label">{figure.label}</span>
          <strong className="figure-display">{figure.display}</strong>
          <SourceNote locale={locale} source={figure.source} year={figure.year} />
        </li>
      ))}
    </ul>
  )
}
