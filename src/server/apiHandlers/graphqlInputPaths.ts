import {
  getLocation,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type SourceLocation,
  type ValueNode,
} from 'graphql'

/** Where a value sits in the document: its field path, as REST's `data.errors[].path` names it. */
export type ValuePaths = {
  /** Path of the value that starts at `line:column`. */
  at: Map<string, string[]>
  /** Path at which each variable is used (`$data` as the whole `data` argument: `[]`). */
  variables: Map<string, string[]>
}

const key = ({ line, column }: SourceLocation) => `${line}:${column}`

/**
 * The path of every input value of a document. Values of a `data` argument are named from the
 * document's fields (`review.state`), as Payload names them; other arguments keep their name first.
 */
export function valuePaths(document: DocumentNode): ValuePaths {
  const paths: ValuePaths = { at: new Map(), variables: new Map() }
  const source = document.loc?.source
  if (!source) return paths
  const record = (value: ValueNode, path: string[]) => {
    if (value.loc) paths.at.set(key(getLocation(source, value.loc.start)), path)
    if (value.kind === Kind.VARIABLE) paths.variables.set(value.name.value, path)
    if (value.kind === Kind.OBJECT)
      for (const field of value.fields) record(field.value, [...path, field.name.value])
    if (value.kind === Kind.LIST) value.values.forEach((item, i) => record(item, [...path, `${i}`]))
  }
  visit(document, {
    Argument: (argument) => {
      record(argument.value, argument.name.value === 'data' ? [] : [argument.name.value])
    },
  })
  return paths
}

/** The document of a query that already passed the size limits, or undefined when it does not parse. */
export function parsedQuery(query: unknown): DocumentNode | undefined {
  if (typeof query !== 'string') return undefined
  try {
    return parse(query)
  } catch {
    return undefined
  }
}

/** `data.keyFigures[0].value` (graphql-js's path in a variable) → `['keyFigures', '0', 'value']`. */
export function variablePath(printed: string): string[] {
  return printed
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .slice(1)
}
