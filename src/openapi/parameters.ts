import type { SanitizedConfig } from 'payload'

import type { Schema } from './types'

type Parameter = {
  name: string
  in: 'query' | 'path'
  description: string
  required?: boolean
  schema: Schema
  style?: 'deepObject'
  explode?: boolean
  example?: unknown
}

/** An object written in the query string with brackets (`where[slug][equals]=aerospace`). */
const bracketed = (name: string, description: string, example?: unknown): Parameter => ({
  name,
  in: 'query',
  description,
  style: 'deepObject',
  explode: true,
  schema: { type: 'object', additionalProperties: true },
  ...(example === undefined ? {} : { example }),
})

const whole = (name: string, description: string, schema: Schema): Parameter => ({
  name,
  in: 'query',
  description,
  schema: { type: 'integer', ...schema },
})

/** The query parameters of Payload's REST API, with this config's locales and depths. */
export function queryParameters(config: SanitizedConfig): Record<string, Parameter> {
  const localization = config.localization
  const locales = localization ? localization.localeCodes : []
  return {
    where: bracketed(
      'where',
      'A filter, in brackets (`where[slug][equals]=aerospace`, `where[or][0][region][equals]=sherbrooke`). Operators: equals, not_equals, in, not_in, like, contains, exists, greater_than, less_than, … An unknown field or operator is a 400 that names it.',
      { slug: { equals: 'aerospace' } },
    ),
    locale: {
      name: 'locale',
      in: 'query',
      description:
        'The language of localized fields; `all` answers every language, each localized field then being an object keyed by locale.',
      schema: {
        type: 'string',
        enum: [...locales, 'all'],
        default: localization ? localization.defaultLocale : undefined,
      },
    },
    fallbackLocale: {
      name: 'fallback-locale',
      in: 'query',
      description:
        'The language shown where the asked one is empty (by default French falls back to English); `none` shows the empty value.',
      schema: { type: 'string', enum: [...locales, 'none'] },
    },
    depth: whole(
      'depth',
      'How deep relationships are replaced by the documents they point to (0: ids only).',
      { minimum: 0, maximum: config.maxDepth, default: config.defaultDepth },
    ),
    select: bracketed(
      'select',
      'The fields to answer with (`select[name]=true&select[slug]=true`), or to leave out (`=false`).',
      { name: true, slug: true },
    ),
    populate: bracketed(
      'populate',
      'The fields of related documents to answer with, by collection (`populate[media][url]=true`).',
    ),
    joins: {
      ...bracketed(
        'joins',
        'Options of join fields (`joins[leaders][limit]=5`, `joins[leaders][sort]=name`), or `joins=false` to leave them out.',
      ),
      schema: { anyOf: [{ type: 'object', additionalProperties: true }, { const: 'false' }] },
    },
    draft: {
      name: 'draft',
      in: 'query',
      description:
        'The latest draft instead of the published version (editors, the document’s secretariat, and API clients for previews).',
      schema: { type: 'boolean', default: false },
    },
    limit: whole('limit', 'Documents per page (0: all of them).', { minimum: 0, default: 10 }),
    page: whole('page', 'The page to answer with, from 1.', { minimum: 1, default: 1 }),
    sort: {
      name: 'sort',
      in: 'query',
      description: 'A field name, `-` first for descending; several separated by commas.',
      schema: { type: 'string' },
      example: '-updatedAt',
    },
    pagination: {
      name: 'pagination',
      in: 'query',
      description: '`false`: every document that matches, in one answer.',
      schema: { type: 'boolean', default: true },
    },
    id: {
      name: 'id',
      in: 'path',
      required: true,
      description: 'The document’s id.',
      schema: { $ref: '#/components/schemas/DocumentId' },
    },
  }
}

export type ParameterName = keyof ReturnType<typeof queryParameters>

export const parameterRef = (name: ParameterName) => ({ $ref: `#/components/parameters/${name}` })
