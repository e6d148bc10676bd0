import type { SectorBreakdown } from '@/payload-types'
import { formatPercent } from '../format'
import type { Locale } from '../i18n'

type SectorBreakdownListProps = {
  items: NonNullable<SectorBreakdown['items']>
  locale: Locale
}

/** Each sector with its share; the bar repeats the number for sighted readers only. */
export function SectorBreakdownList({ items, locale }: SectorBreakdownListProps) {
  return (
    <ul className="sectors">
      {items.map((item, index) => (
        <li key={item.id ?? index} className="sector">
          <span className="sector-label">{item.label}</span>
          <span className="sector-share">{formatPercent(locale, item.share)}</span>
          <span className="sector-bar" aria-hidden="true">
            <span style={{ width: `${Math.min(Math.max(item.share, 0), 100)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  )
}
