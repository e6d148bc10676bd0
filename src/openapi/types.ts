/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), as plain data. */
export type Schema = { [key: string]: unknown }

/** The properties of an object schema and the keys every answer carries. */
export type ObjectShape = { properties: Record<string, Schema>; required: string[] }

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

/** `schema` or null: the value of a field nobody has to fill in. */
export function nullable(schema: Schema): Schema {
  if ('$ref' in schema || 'anyOf' in schema) return { anyOf: [schema, { type: 'null' }] }
  if (!('type' in schema)) return schema
  const type = schema.type as string | string[]
  const withNull: Schema = { ...schema, type: [...(Array.isArray(type) ? type : [type]), 'null'] }
  if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null]
  return withNull
}
