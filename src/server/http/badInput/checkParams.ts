import type { Payload } from 'payload'

import { checkWhere, resolvePath, type QueryTarget } from './checkWhere'
import { BadParameter, reason } from './messages'

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
    throw new BadParameter(
      name,
      reason(
        `must be a whole number from ${min} to ${max}`,
        `doit être un nombre entier de ${min} à ${max}`,
      ),
    )
}

function checkBoolean(name: string, value: unknown) {
  if (!['true', 'false', ''].includes(value as string))
    throw new BadParameter(name, reason('must be true or false', 'doit valoir true ou false'))
}

/** `select` and a `populate` entry: field names mapped to true/false, nested for groups. */
function checkSelection(name: string, value: unknown) {
  if (typeof value === 'string' && value.split(',').every((part) => NAME.test(part))) return
  if (!isObject(value))
    throw new BadParameter(
      name,
      reason(
        'must map field names to true or false',
        'doit associer des noms de champs à true ou false',
      ),
    )
  for (const [key, inner] of Object.entries(value)) {
    if (!NAME.test(key))
      throw new BadParameter(
        `${name}[${key}]`,
        reason('is not a field name', 'n’est pas un nom de champ'),
      )
    if (isObject(inner)) checkSelection(`${name}[${key}]`, inner)
    else checkBoolean(`${name}[${key}]`, inner)
  }
}

function checkSort(target: QueryTarget, value: unknown) {
  const items = typeof value === 'string' ? value.split(',') : value
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string'))
    throw new BadParameter(
      'sort',
      reason('must be a list of field names', 'doit être une liste de noms de champs'),
    )
  for (const item of items as string[]) {
    const path = item.trim().replace(/^-/, '').replace(/__/g, '.')
    if (!path) continue
    if (!/^\w+(\.\w+)*$/.test(path) || !resolvePath(target, path, 'sort'))
      throw new BadParameter(
        'sort',
        reason(
          `"${item.slice(0, 60)}" is not a field`,
          `« ${item.slice(0, 60)} » n’est pas un champ`,
        ),
      )
  }
}

function checkPopulate(payload: Payload, value: unknown) {
  if (!isObject(value))
    throw new BadParameter(
      'populate',
      reason('must map collections to fields', 'doit associer des collections à des champs'),
    )
  for (const [slug, selection] of Object.entries(value)) {
    if (!payload.config.collections.some((collection) => collection.slug === slug))
      throw new BadParameter(
        `populate[${slug}]`,
        reason('is not a collection', 'n’est pas une collection'),
      )
    checkSelection(`populate[${slug}]`, selection)
  }
}

/** `joins=false`, `joins[name]=false` or `joins[name][limit|page|sort|count|where]`. */
function checkJoins(target: QueryTarget, value: unknown) {
  if (value === 'false') return
  if (!isObject(value))
    throw new BadParameter(
      'joins',
      reason(
        'must be false or name join fields',
        'doit valoir false ou nommer des champs de jointure',
      ),
    )
  for (const [join, options] of Object.entries(value)) {
    const name = `joins[${join}]`
    if (options === 'false' || options === 'true') continue
    if (!isObject(options))
      throw new BadParameter(
        name,
        reason('must be false or an object of options', 'doit valoir false ou un objet d’options'),
      )
    for (const [option, inner] of Object.entries(options)) {
      if (option === 'limit' || option === 'page')
        checkWholeNumber(`${name}[${option}]`, inner, WHOLE_NUMBER_PARAMS[option])
      else if (option === 'count') checkBoolean(`${name}[count]`, inner)
      else if (option === 'sort' && typeof inner === 'string' && /^-?\w+(\.\w+)*$/.test(inner))
        continue
      else if (option === 'where' && isObject(inner))
        continue // checked by Payload against the joined collection
      else
        throw new BadParameter(
          `${name}[${option}]`,
          reason('unknown join option', 'option de jointure inconnue'),
        )
    }
  }
}

function checkLocale(name: string, value: unknown, allowed: string[]) {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw new BadParameter(
      name,
      reason(
        `must be one of ${allowed.join(', ')}`,
        `doit être l’une des valeurs ${allowed.join(', ')}`,
      ),
    )
}

/** Parses `where` as Payload does: a JSON string is read as the object it spells. */
function whereObject(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    throw new BadParameter('where', reason('is not valid JSON', 'n’est pas du JSON valide'))
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
