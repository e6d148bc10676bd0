import fs from 'node:fs'
import path from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

/** The committed OpenAPI document (openapi.json), as generated. */
export function committedDocument(): any {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'openapi.json'), 'utf8'))
}

const DOCUMENT_ID = 'https://grappes.test/openapi.json'

/**
 * Validators of the document's response schemas with ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1), formats included (`date-time`, `email`). A schema's `#/components/…` references
 * resolve in the document's components.
 */
export function responseValidators(document: any) {
  // OpenAPI's own keywords (`x-localized`, `example`) are annotations, not constraints.
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: document.components.schemas } })
  const compiled = new Map<string, ValidateFunction>()
  const compile = (schema: unknown) => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)
    let validate = compiled.get(text)
    if (!validate) {
      validate = ajv.compile(JSON.parse(text))
      compiled.set(text, validate)
    }
    return validate
  }
  return {
    /** The validator of `method path`'s answer with `status`, as documented. */
    response(method: string, route: string, status: string): ValidateFunction {
      const operation = document.paths[route]?.[method]
      if (!operation) throw new Error(`${method} ${route} is not documented`)
      let response = operation.responses[status]
      if (!response) throw new Error(`${method} ${route} has no ${status} answer documented`)
      if (response.$ref) response = document.components.responses[response.$ref.split('/').pop()]
      return compile(response.content['application/json'].schema)
    },
    /** The validator of a component schema. */
    schema(name: string): ValidateFunction {
      return compile({ $ref: `#/components/schemas/${name}` })
    },
  }
}

/** ajv's errors, short enough to read in a failed expectation. */
export const problems = (validate: ValidateFunction) =>
  (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath} ${error.message}`)
