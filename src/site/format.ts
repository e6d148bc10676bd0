import { type Locale, localeTags } from './i18n'

/** "21%" in English, "21 %" in French, as each language writes a share. */
export const formatPercent = (locale: Locale, share: number): string =>
  new Intl.NumberFormat(localeTags[locale], { style: 'percent', maximumFractionDigits: 1 }).format(
    share / 100,
  )

export const formatDate = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'long',
    timeZone: 'America/Toronto',
  }).format(new Date(iso))

/** Editors end some headings with a colon ("Find out more :"); a heading reads better without. */
export const headingText = (text: string): string => text.replace(/\s*:\s*$/, '')
