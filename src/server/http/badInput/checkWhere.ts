import { getLocalizedPaths, type FlattenedField, type Operator, type Payload } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { BadParameter, reason } from './badParameter'
import { idRule, ruleFor, type FieldRule } from './operatorRules'
import { valueProblem } from './valueProblem'

export type QueryTarget = {
  payload: Payload
  fields: FlattenedField[]
  collectionSlug?: string
  globalSlug?: string
  idType: 'number' | 'text'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Resolved = { rule: FieldRule; field?: FlattenedField }

/** The field at `path` (relations followed) and its rule; undefined when there is no such field. */
export function resolvePath(target: QueryTarget, path: string, name: string): Resolved | undefined {
  if (path === 'id' || path === '_id') return { rule: idRule(target.idType) }
  if (path.endsWith('.id')) {
    // `relation.id`: the id of the related document, which the related fields do not list
    const relation = resolvePath(target, path.slice(0, -3), name)
    return relation?.field?.type === 'relationship' || relation?.field?.type === 'upload'
      ? relation
      : undefined
  }
  let paths
  try {
    paths = getLocalizedPaths({
      payload: target.payload,
      fields: target.fields,
      collectionSlug: target.collectionSlug,
      globalSlug: target.globalSlug,
      incomingPath: path,
      overrideAccess: true,
    })
  } catch {
    throw new BadParameter(name, reason('notAFieldPath'))
  }
  const last = paths[paths.length - 1]
  if (!last || paths.some((part) => part.invalid)) return undefined
  if (!last.field) return undefined
  return { rule: ruleFor(last.field, target.idType), field: last.field }
}

function checkCondition(target: QueryTarget, path: string, condition: unknown, name: string) {
  if (!isObject(condition)) throw new BadParameter(name, reason('operatorNeeded'))
  const resolved = resolvePath(target, path, name)
  if (!resolved) throw new BadParameter(name, reason('notQueryable'))
  for (const [operator, value] of Object.entries(condition)) {
    const parameter = `${name}[${operator}]`
    if (!validOperatorSet.has(operator as Operator))
      throw new BadParameter(parameter, reason('unknownOperator'))
    if (!resolved.rule.operators.has(operator))
      throw new BadParameter(parameter, reason('operatorNotForField'))
    const problem = valueProblem(operator, value, resolved.rule.kind, resolved.field)
    if (problem) throw new BadParameter(parameter, problem)
  }
}

/**
 * Checks a `where` as Payload will read it: `and`/`or` hold lists of conditions, every other key
 * is a field path whose operators must suit the field and whose values its type. Throws a
 * BadParameter naming the first offending parameter.
 */
export function checkWhere(target: QueryTarget, where: unknown, name = 'where'): void {
  if (!isObject(where)) throw new BadParameter(name, reason('objectOfConditions'))
  for (const [key, value] of Object.entries(where)) {
    const keyName = `${name}[${key}]`
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(value)) throw new BadParameter(keyName, reason('listOfConditions'))
      value.forEach((item, index) => checkWhere(target, item, `${keyName}[${index}]`))
      continue
    }
    checkCondition(target, key.replace(/__/g, '.'), value, keyName)
  }
}
