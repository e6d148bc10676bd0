import { BadParameter, reason } from '@/server/http/badInput/badParameter'

import {
  coveredGlobals,
  coveredSlugs,
  type CoveredCollection,
  type CoveredGlobal,
} from './collectIssues'
import { ruleNames, type QualityRule } from './rules'

export type IssueFilters = {
  rule?: QualityRule
  collection?: CoveredCollection | CoveredGlobal
  organization?: number
  /** Only issues of figures dated more than this many years before this year. */
  olderThan?: number
  locale?: string
}

const MAX_YEARS = 200

function oneOf<T extends string>(name: string, value: string | null, values: readonly T[]) {
  if (value === null) return undefined
  if (!(values as readonly string[]).includes(value))
    throw new BadParameter(name, reason('oneOf', { values: values.join(', ') }))
  return value as T
}

function wholeNumber(name: string, value: string | null, min: number, max: number) {
  if (value === null) return undefined
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max))
    throw new BadParameter(name, reason('wholeNumberFromTo', { min, max }))
  return number
}

/** The filters of `GET /api/data-quality/issues`, checked: a BadParameter naming the first bad one. */
export function issueFiltersOf(params: URLSearchParams, locales: readonly string[]): IssueFilters {
  const organization = params.get('organization')
  if (organization !== null && !/^[1-9]\d{0,9}$/.test(organization))
    throw new BadParameter('organization', reason('notAWholeNumberId', { value: organization }))
  return {
    rule: oneOf('rule', params.get('rule'), ruleNames),
    collection: oneOf('collection', params.get('collection'), [...coveredSlugs, ...coveredGlobals]),
    organization: organization === null ? undefined : Number(organization),
    olderThan: wholeNumber('olderThan', params.get('olderThan'), 0, MAX_YEARS),
    locale: oneOf('locale', params.get('locale'), locales),
  }
}

/** The `:collection` and `:id` of `GET /api/data-quality/issues/:collection/:id`, checked. */
export function documentParamsOf(params: Record<string, unknown> | undefined) {
  const collection = String(params?.collection ?? '')
  const id = String(params?.id ?? '')
  if (!(coveredSlugs as readonly string[]).includes(collection))
    throw new BadParameter(
      'collection',
      reason('oneOf', { values: coveredSlugs.join(', ') }),
      'path',
    )
  if (!/^[1-9]\d{0,9}$/.test(id))
    throw new BadParameter('id', reason('notAWholeNumberId', { value: id }), 'path')
  return { collection: collection as CoveredCollection, id: Number(id) }
}
