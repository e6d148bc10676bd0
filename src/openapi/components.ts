import { pascalCase } from './names'
import type { Schema } from './types'

export const documentIdName = 'DocumentId'
export const errorName = 'Error'

export const blockSchemaName = (slug: string) => `${pascalCase(slug)}Block`

/** A document's id: a number on PostgreSQL and SQLite, an ObjectId's hex string on MongoDB. */
export const documentId: Schema = {
  description:
    'A document’s id: a whole number (PostgreSQL, SQLite) or a 24-digit hex string (MongoDB).',
  anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9a-f]{24}$' }],
}

/**
 * Every refusal of the API, whichever part answers it: Payload (`{ message, name?, data? }`,
 * with `data.errors[{ path, message }]` for a field that fails validation, see
 * src/hooks/keepValidationDetail.ts) or the host's parameter checks (src/server/http/badInput),
 * which name the parameter in the reader's language.
 */
export const errorSchema: Schema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          message: { type: 'string', description: 'In the reader’s language (`Accept-Language`).' },
          name: { type: 'string', description: 'The kind of error, e.g. `ValidationError`.' },
          data: {
            type: 'object',
            description: 'For a field that fails validation: `errors[{ path, message }]`.',
            properties: {
              errors: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['path', 'message'],
                  properties: { path: { type: 'string' }, message: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  },
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorName}` } } },
})

/** The refusals operations share, by status. */
export const errorResponses = {
  BadRequest: errorResponse(
    'Bad input: a malformed parameter (named in the message) or a field that fails validation.',
  ),
  Unauthorized: errorResponse('Not signed in, or the credentials are wrong or expired.'),
  Forbidden: errorResponse('Signed in, but this role may not do this.'),
  NotFound: errorResponse('No such document, or one this reader may not see (e.g. a draft).'),
} as const

export type ErrorResponseName = keyof typeof errorResponses

export const responseRef = (name: ErrorResponseName) => ({
  $ref: `#/components/responses/${name}`,
})
