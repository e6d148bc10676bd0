'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { FIGURE_MAX_AGE_YEARS } from '@/constants/taxonomy'
import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'
import type { KeyFigures } from '@/payload-types'

/** A figure is outdated when its year is more than FIGURE_MAX_AGE_YEARS before this year. */
const isOutdated = (year: number | null | undefined): boolean =>
  typeof year === 'number' && new Date().getFullYear() - year > FIGURE_MAX_AGE_YEARS

/** Shows each figure's display text and year, and flags figures older than the allowed age. */
export function KeyFigureRowLabel() {
  const { data, rowNumber } = useRowLabel<NonNullable<KeyFigures>[number]>()
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const text =
    data?.display || data?.label || t('grappes:keyFigureRow', { number: (rowNumber ?? 0) + 1 })
  const year = ` (${data?.year || t('grappes:keyFigureNoYear')})`
  const outdated = isOutdated(data?.year)
  const warning = ` ⚠ ${t('grappes:keyFigureOutdated', { years: FIGURE_MAX_AGE_YEARS })}`
  return (
    <span title={outdated ? warning.trim() : undefined}>
      {text}
      {year}
      {outdated ? <strong>{warning}</strong> : null}
    </span>
  )
}
