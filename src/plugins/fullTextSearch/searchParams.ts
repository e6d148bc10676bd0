import { BadParameter, reason } from '@/server/http/badInput/badParameter'

import type { SearchQuery } from './types'

export const QUERY_LENGTH = { min: 2, max: 200 }
export const LIMIT = { default: 10, max: 50 }
const MAX_PAGE = 1_000

function wholeNumber(name: string, value: string | null, fallback: number, max: number, min = 1) {
  if (value === null) return fallback
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max))
    throw new BadParameter(name, reason('wholeNumberFromTo', { min, max }))
  return number
}

/** The query of `GET /api/search`, checked: a BadParameter naming the first bad parameter. */
export function searchQueryOf(params: URLSearchParams, locales: readonly string[]): SearchQuery {
  const q = params.get('q')?.trim()
  if (!q) throw new BadParameter('q', reason('required'))
  if (q.length < QUERY_LENGTH.min || q.length > QUERY_LENGTH.max)
    throw new BadParameter('q', reason('textLength', QUERY_LENGTH))
  const locale = params.get('locale') ?? locales[0]
  if (!locales.includes(locale))
    throw new BadParameter('locale', reason('oneOf', { values: locales.join(', ') }))
  return {
    q,
    locale,
    limit: wholeNumber('limit', params.get('limit'), LIMIT.default, LIMIT.max),
    page: wholeNumber('page', params.get('page'), 1, MAX_PAGE),
  }
}
