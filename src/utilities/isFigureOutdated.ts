import { FIGURE_MAX_AGE_YEARS } from '@/constants/taxonomy'

/** A figure is outdated when its year is more than FIGURE_MAX_AGE_YEARS before `now`. */
export function isFigureOutdated(year: number | null | undefined, now = new Date()): boolean {
  return typeof year === 'number' && now.getFullYear() - year > FIGURE_MAX_AGE_YEARS
}
