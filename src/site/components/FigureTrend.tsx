import type { SeriesPoint } from '@/plugins/figureHistory/series'
import { dictionary, localeTags, type Locale } from '../i18n'

type FigureTrendProps = {
  series: SeriesPoint[]
  locale: Locale
}

type Dated = SeriesPoint & { year: number; value: number }

const WIDTH = 96
const HEIGHT = 24

/** The values that have a year and a number, the latest value of each year, in order of years. */
function byYear(series: SeriesPoint[]): Dated[] {
  const latest = new Map<number, Dated>()
  for (const point of series)
    if (point.year !== null && point.value !== null) latest.set(point.year, point as Dated)
  return [...latest.values()].sort((a, b) => a.year - b.year)
}

/** A small line of the values; the text beside it says the same, so screen readers skip it. */
function Sparkline({ points }: { points: Dated[] }) {
  const values = points.map((point) => point.value)
  const min = Math.min(...values)
  const span = Math.max(...values) - min || 1
  const step = WIDTH / (points.length - 1)
  const coordinates = points
    .map(
      (point, i) =>
        `${(i * step).toFixed(1)},${(HEIGHT - 2 - ((point.value - min) / span) * (HEIGHT - 4)).toFixed(1)}`,
    )
    .join(' ')
  return (
    <svg
      className="figure-sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`-2 0 ${WIDTH + 4} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={coordinates} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}

/**
 * A figure's values over the years, when it has more than one ("2017: 35,000 → 2024: 39,130";
 * in French "2017 : 35 000 → 2024 : 39 130"), with a sparkline beside the text.
 */
export function FigureTrend({ series, locale }: FigureTrendProps) {
  const points = byYear(series)
  if (points.length < 2) return null
  const t = dictionary(locale)
  const number = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 2 })
  const text = points
    .map((point) => `${point.year}${t.colon}${number.format(point.value)}`)
    .join(' → ')
  return (
    <p className="figure-trend">
      <Sparkline points={points} />
      <span>
        {t.figure.trend}
        {t.colon}
        {text}
      </span>
    </p>
  )
}
