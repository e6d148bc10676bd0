import type { SanitizedConfig } from 'payload'

import { figureHistoryCollections, privateCollections } from '@/constants/slugs'

import { authPaths } from './authPaths'
import { collectionPaths, listSchema, listSchemaName } from './collectionPaths'
import {
  blockSchemaName,
  documentId,
  documentIdName,
  errorName,
  errorResponses,
  errorSchema,
} from './components'
import { fieldShape, objectSchema, type FieldContext } from './fieldSchemas'
import { globalPaths } from './globalPaths'
import { graphqlPaths } from './graphqlPaths'
import { movedName, movedPaths, movedSchema } from './movedPaths'
import { figureHistoryName, figureHistoryPaths, figureHistorySchema } from './figureHistoryPaths'
import { documentSchemaName, fieldsSchemaName } from './names'
import { queryParameters } from './parameters'
import { searchPaths, searchResultName, searchResultSchema } from './searchPaths'
import { securitySchemes } from './security'
import { ref, type ObjectShape, type Schema } from './types'

/** The server the committed document names; `/api/openapi.json` answers with the running one. */
export const DOCUMENT_SERVER = 'http://localhost:3000'

const english = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'en' in label) return String(label.en)
  return fallback
}

/** Collections a front end or an API client reads: not the private ones, not Payload's own. */
export function publicCollections(config: SanitizedConfig) {
  return config.collections.filter(
    (collection) =>
      !privateCollections.includes(collection.slug) && !collection.slug.startsWith('payload-'),
  )
}

/** Globals a front end reads: not Payload's own (`payload-jobs-stats`, which job schedules add). */
export function publicGlobals(config: SanitizedConfig) {
  return config.globals.filter((global) => !global.slug.startsWith('payload-'))
}

/** `{Name}Fields` (every property, none required: request bodies, populated relations) and `{Name}`. */
function documentSchemas(
  slug: string,
  shape: ObjectShape,
  extra: ObjectShape,
): Record<string, Schema> {
  const properties = { ...extra.properties, ...shape.properties }
  return {
    [fieldsSchemaName(slug)]: { type: 'object', properties },
    [documentSchemaName(slug)]: {
      type: 'object',
      allOf: [ref(fieldsSchemaName(slug))],
      required: [...extra.required, ...shape.required],
    },
  }
}

const sorted = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

/**
 * The OpenAPI 3.1 document of the REST API, from the sanitized config: the public collections
 * (list, count, read; writes where some role may), the globals, signing in, GraphQL, their
 * parameters, auth schemes and the error shape. Key order is stable, so the committed file only
 * changes when the config does.
 */
export function buildOpenApiDocument(config: SanitizedConfig, version: string) {
  const apiRoute = config.routes.api
  const collections = publicCollections(config)
  const authCollection = config.admin.user
  const documented = new Set([...collections.map((c) => c.slug), authCollection])
  const context: FieldContext = { config, documented, blocks: new Map() }

  const schemas: Record<string, Schema> = {
    [documentIdName]: documentId,
    [errorName]: errorSchema,
    [searchResultName]: searchResultSchema,
    [movedName]: movedSchema,
    [figureHistoryName]: figureHistorySchema,
  }
  const timestamps = (fields: ObjectShape['properties']) =>
    ['createdAt', 'updatedAt'].filter((name) => name in fields && !fields[name].description)
  for (const collection of config.collections.filter((c) => documented.has(c.slug))) {
    const shape = fieldShape(context, collection.fields)
    const extra: ObjectShape = {
      properties: { id: ref(documentIdName) },
      required: ['id', ...timestamps(shape.properties)],
    }
    shape.required = shape.required.filter((name) => !extra.required.includes(name))
    Object.assign(schemas, documentSchemas(collection.slug, shape, extra))
    if (collection.slug !== authCollection)
      schemas[listSchemaName(collection.slug)] = listSchema(collection.slug)
  }
  for (const global of publicGlobals(config)) {
    const shape = fieldShape(context, global.fields)
    const extra: ObjectShape = {
      properties: { id: ref(documentIdName), globalType: { type: 'string', const: global.slug } },
      required: ['globalType'],
    }
    Object.assign(schemas, documentSchemas(global.slug, shape, extra))
  }
  // Blocks are met while walking the fields above; each becomes a schema of its own.
  for (const [slug, block] of context.blocks) {
    const shape = fieldShape(context, block.fields)
    schemas[blockSchemaName(slug)] = objectSchema({
      properties: {
        id: { type: 'string' },
        blockName: { type: ['string', 'null'] },
        blockType: { type: 'string', const: slug },
        ...shape.properties,
      },
      required: ['blockType', ...shape.required],
    })
  }

  const paths: Record<string, unknown> = {}
  for (const collection of collections) Object.assign(paths, collectionPaths(collection, apiRoute))
  for (const global of publicGlobals(config)) Object.assign(paths, globalPaths(global, apiRoute))
  const locales = config.localization ? config.localization.localeCodes : ['en']
  Object.assign(
    paths,
    authPaths(authCollection, apiRoute),
    graphqlPaths(config),
    searchPaths(apiRoute, locales),
    movedPaths(apiRoute),
    figureHistoryPaths(apiRoute, figureHistoryCollections),
  )

  return {
    openapi: '3.1.0',
    info: {
      title: 'Grappes API',
      version,
      description:
        'The REST API of Grappes, generated from its Payload config (`npm run generate:openapi`). Anonymous readers get published content; drafts need `draft=true` and an editor, the document’s secretariat or an API client. Errors are always `{ errors: [{ message }] }`, in the reader’s language.',
    },
    servers: [{ url: DOCUMENT_SERVER }],
    tags: [
      ...collections.map((c) => ({
        name: c.slug,
        description: english(c.labels?.plural, c.slug),
      })),
      { name: 'globals', description: 'Documents of which there is one.' },
      { name: 'authentication', description: 'Signing in, out, and who one is.' },
      { name: 'graphql', description: 'The same content through GraphQL (see schema.graphql).' },
      { name: 'search', description: 'Full-text search of the published content.' },
    ],
    paths: sorted(paths),
    components: {
      schemas: sorted(schemas),
      parameters: sorted(queryParameters(config)),
      responses: errorResponses,
      securitySchemes,
    },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
