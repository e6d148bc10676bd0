import type { SanitizedCollectionConfig } from 'payload'

import { responseRef } from './components'
import { documentSchemaName, fieldsSchemaName } from './names'
import { parameterRef, type ParameterName } from './parameters'
import { readSecurity, writeSecurity } from './security'
import { ref, type Schema } from './types'
import { allowedLine, whoMay } from './whoMay'

export const listSchemaName = (slug: string) => `${documentSchemaName(slug)}List`

/** The page of documents a list answers with. */
export function listSchema(slug: string): Schema {
  const whole = { type: 'integer' }
  return {
    type: 'object',
    required: [
      'docs',
      'totalDocs',
      'limit',
      'totalPages',
      'page',
      'pagingCounter',
      'hasPrevPage',
      'hasNextPage',
      'prevPage',
      'nextPage',
    ],
    properties: {
      docs: { type: 'array', items: ref(documentSchemaName(slug)) },
      totalDocs: whole,
      limit: whole,
      totalPages: whole,
      page: whole,
      pagingCounter: whole,
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: { type: ['integer', 'null'] },
      nextPage: { type: ['integer', 'null'] },
    },
  }
}

const json = (schema: Schema) => ({ 'application/json': { schema } })
const ok = (description: string, schema: Schema) => ({ description, content: json(schema) })
const params = (...names: ParameterName[]) => names.map(parameterRef)

/** `{ doc, message }`: what Payload answers to a write. */
const changed = (slug: string) =>
  ok('The document as saved.', {
    type: 'object',
    required: ['doc', 'message'],
    properties: { doc: ref(documentSchemaName(slug)), message: { type: 'string' } },
  })

function requestBody(collection: SanitizedCollectionConfig) {
  const fields = ref(fieldsSchemaName(collection.slug))
  if (!collection.upload) return { required: true, content: json(fields) }
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', contentMediaType: 'application/octet-stream' },
            _payload: {
              type: 'string',
              contentMediaType: 'application/json',
              description: 'The other fields, as JSON.',
            },
          },
        },
      },
    },
  }
}

const readParams = [
  'depth',
  'locale',
  'fallbackLocale',
  'select',
  'populate',
  'joins',
  'draft',
] as const

/** List, count and read for everyone; create, update and delete where some role may. */
export function collectionPaths(collection: SanitizedCollectionConfig, apiRoute: string) {
  const { slug } = collection
  const tags = [slug]
  const paths: Record<string, Record<string, unknown>> = {}
  const readRefusals = { '400': responseRef('BadRequest') }
  const writeRefusals = {
    '400': responseRef('BadRequest'),
    '401': responseRef('Unauthorized'),
    '403': responseRef('Forbidden'),
  }
  const writeOp = (summary: string, operation: 'create' | 'updateOther' | 'delete') => ({
    tags,
    summary,
    description: [
      allowedLine(slug, operation),
      operation === 'updateOther'
        ? allowedLine(slug, 'updateOwn').replace('Allowed', 'On their own organization’s documents')
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    security: writeSecurity,
  })

  paths[`${apiRoute}/${slug}`] = {
    get: {
      tags,
      operationId: `list_${slug}`,
      summary: `List ${slug}`,
      security: readSecurity,
      parameters: params('where', 'limit', 'page', 'sort', 'pagination', ...readParams),
      responses: { '200': ok('A page of documents.', ref(listSchemaName(slug))), ...readRefusals },
    },
    ...(whoMay(slug, 'create').length
      ? {
          post: {
            ...writeOp(`Create a ${slug} document`, 'create'),
            operationId: `create_${slug}`,
            parameters: params('depth', 'locale', 'draft'),
            requestBody: requestBody(collection),
            responses: { '201': changed(slug), ...writeRefusals },
          },
        }
      : {}),
  }
  paths[`${apiRoute}/${slug}/count`] = {
    get: {
      tags,
      operationId: `count_${slug}`,
      summary: `Count ${slug}`,
      security: readSecurity,
      parameters: params('where', 'locale', 'draft'),
      responses: {
        '200': ok('How many documents match.', {
          type: 'object',
          required: ['totalDocs'],
          properties: { totalDocs: { type: 'integer' } },
        }),
        ...readRefusals,
      },
    },
  }
  const canUpdate = whoMay(slug, 'updateOther').length || whoMay(slug, 'updateOwn').length
  paths[`${apiRoute}/${slug}/{id}`] = {
    get: {
      tags,
      operationId: `read_${slug}`,
      summary: `Read one ${slug} document`,
      security: readSecurity,
      parameters: params('id', ...readParams),
      responses: {
        '200': ok('The document.', ref(documentSchemaName(slug))),
        ...readRefusals,
        '404': responseRef('NotFound'),
      },
    },
    ...(canUpdate
      ? {
          patch: {
            ...writeOp(`Update a ${slug} document`, 'updateOther'),
            operationId: `update_${slug}`,
            parameters: params('id', 'depth', 'locale', 'draft'),
            requestBody: requestBody(collection),
            responses: { '200': changed(slug), ...writeRefusals, '404': responseRef('NotFound') },
          },
        }
      : {}),
    ...(whoMay(slug, 'delete').length
      ? {
          delete: {
            ...writeOp(`Delete a ${slug} document`, 'delete'),
            operationId: `delete_${slug}`,
            parameters: params('id'),
            responses: { '200': changed(slug), ...writeRefusals, '404': responseRef('NotFound') },
          },
        }
      : {}),
  }
  return paths
}
