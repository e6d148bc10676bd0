import type { Payload } from 'payload'

import { checkWhere, resolvePath, type QueryTarget } from './checkWhere'
import { BadParameter, reason } from './badParameter'

type Query = Record<string, unknown>

const BOOLEAN_PARAMS = [
  'draft',
  'trash',
  'pagination',
  'autosave',
  'overrideLock',
  'flattenLocales',
]
/** Whole-number parameters and their bounds (positions fit a 32-bit offset in every database). */
const WHOLE_NUMBER_PARAMS: Record<string, [number, number]> = {
  limit: [0, 2 ** 31 - 1],
  page: [1, 2 ** 31 - 1],
  depth: [0, 100],
}
const NAME = /^\w+$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function checkWholeNumber(name: string, value: unknown, [min, max]: [number, number]) {
  const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max))
    throw new BadParameter(name, reason('wholeNumberFromTo', { min, max }))
}

function checkBoolean(name: string, value: unknown) {
  if (!['true', 'false', ''].includes(value as string))
    throw new BadParameter(name, reason('trueOrFalse'))
}

/** `select` and a `populate` entry: field names mapped to true/false, nested for groups. */
function checkSelection(name: string, value: unknown) {
  if (typeof value === 'string' && value.split(',').every((part) => NAME.test(part))) return
  if (!isObject(value)) throw new BadParameter(name, reason('fieldNamesToBooleans'))
  for (const [key, inner] of Object.entries(value)) {
    if (!NAME.test(key)) throw new BadParameter(`${name}[${key}]`, reason('notAFieldName'))
    if (isObject(inner)) checkSelection(`${name}[${key}]`, inner)
    else checkBoolean(`${name}[${key}]`, inner)
  }
}

function checkSort(target: QueryTarget, value: unknown) {
  const items = typeof value === 'string' ? value.split(',') : value
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string'))
    throw new BadParameter('sort', reason('listOfFieldNames'))
  for (const item of items as string[]) {
    const path = item.trim().replace(/^-/, '').replace(/__/g, '.')
    if (!path) continue
    if (!/^\w+(\.\w+)*$/.test(path) || !resolvePath(target, path, 'sort'))
      throw new BadParameter('sort', reason('notAField', { value: item.slice(0, 60) }))
  }
}

function checkPopulate(payload: Payload, value: unknown) {
  if (!isObject(value)) throw new BadParameter('populate', reason('collectionsToFields'))
  for (const [slug, selection] of Object.entries(value)) {
    if (!payload.config.collections.some((collection) => collection.slug === slug))
      throw new BadParameter(`populate[${slug}]`, reason('notACollection'))
    checkSelection(`populate[${slug}]`, selection)
  }
}

/** `joins=false`, `joins[name]=false` or `joins[name][limit|page|sort|count|where]`. */
function checkJoins(target: QueryTarget, value: unknown) {
  if (value === 'false') return
  if (!isObject(value)) throw new BadParameter('joins', reason('falseOrJoinFields'))
  for (const [join, options] of Object.entries(value)) {
    const name = `joins[${join}]`
    if (options === 'false' || options === 'true') continue
    if (!isObject(options)) throw new BadParameter(name, reason('falseOrJoinOptions'))
    for (const [option, inner] of Object.entries(options)) {
      if (option === 'limit' || option === 'page')
        checkWholeNumber(`${name}[${option}]`, inner, WHOLE_NUMBER_PARAMS[option])
      else if (option === 'count') checkBoolean(`${name}[count]`, inner)
      else if (option === 'sort' && typeof inner === 'string' && /^-?\w+(\.\w+)*$/.test(inner))
        continue
      else if (option === 'where' && isObject(inner))
        continue // checked by Payload against the joined collection
      else throw new BadParameter(`${name}[${option}]`, reason('unknownJoinOption'))
    }
  }
}

function checkLocale(name: string, value: unknown, allowed: string[]) {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw new BadParameter(name, reason('oneOf', { values: allowed.join(', ') }))
}

/** Parses `where` as Payload does: a JSON string is read as the object it spells. */
function whereObject(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    throw new BadParameter('where', reason('notJson'))
  }
}

/** Checks every query parameter Payload's REST API reads; throws a BadParameter on the first bad one. */
export function checkParams(target: QueryTarget, query: Query): void {
  const { payload } = target
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  for (const name of BOOLEAN_PARAMS) if (name in query) checkBoolean(name, query[name])
  for (const [name, bounds] of Object.entries(WHOLE_NUMBER_PARAMS))
    if (name in query) checkWholeNumber(name, query[name], bounds)
  if ('where' in query) checkWhere(target, whereObject(query.where))
  if ('sort' in query) checkSort(target, query.sort)
  if ('select' in query) checkSelection('select', query.select)
  if ('populate' in query) checkPopulate(payload, query.populate)
  if ('joins' in query) checkJoins(target, query.joins)
  if ('locale' in query) checkLocale('locale', query.locale, [...locales, 'all', '*'])
  for (const name of ['fallback-locale', 'fallbackLocale'])
    if (name in query) checkLocale(name, query[name], [...locales, 'none', 'null', 'false'])
}
