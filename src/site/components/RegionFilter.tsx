import Link from 'next/link'

import { type Region, regions } from '@/constants/taxonomy'
import { dictionary, type Locale } from '../i18n'
import { localePath, paths } from '../paths'

type RegionFilterProps = { locale: Locale; current: Region | undefined }

/** Plain links, so the filter works without JavaScript and each filtered list has its own URL. */
export function RegionFilter({ locale, current }: RegionFilterProps) {
  const t = dictionary(locale).clusters
  const base = localePath(locale, paths.clusters)
  const options = [
    { href: base, label: t.all, active: !current },
    ...regions.map((region) => ({
      href: `${base}?region=${region.value}`,
      label: region.label[locale],
      active: current === region.value,
    })),
  ]
  return (
    <nav className="filter" aria-label={t.filterLabel}>
      <ul>
        {options.map((option) => (
          <li key={option.href}>
            <Link href={option.href} aria-current={option.active ? 'page' : undefined}>
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
