'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { FIGURE_MAX_AGE_YEARS } from '@/constants/taxonomy'
import type { KeyFigures } from '@/payload-types'
import { isFigureOutdated } from '@/utilities/isFigureOutdated'

/** Shows each figure's display text and year, and flags figures older than the allowed age. */
export function KeyFigureRowLabel() {
  const { data, rowNumber } = useRowLabel<NonNullable<KeyFigures>[number]>()
  const { i18n } = useTranslation()
  const french = i18n.language === 'fr'
  const text =
    data?.display || data?.label || `${french ? 'Chiffre' : 'Figure'} ${(rowNumber ?? 0) + 1}`
  const year = data?.year ? ` (${data.year})` : french ? ' (sans année)' : ' (no year)'
  const outdated = isFigureOutdated(data?.year)
  const warning = french
    ? ` ⚠ plus de ${FIGURE_MAX_AGE_YEARS} ans`
    : ` ⚠ older than ${FIGURE_MAX_AGE_YEARS} years`
  return (
    <span title={outdated ? warning.trim() : undefined}>
      {text}
      {year}
      {outdated ? <strong>{warning}</strong> : null}
    </span>
  )
}
