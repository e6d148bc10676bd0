import { LIMIT, QUERY_LENGTH } from '@/plugins/fullTextSearch/searchParams'

import { responseRef } from './components'
import { readSecurity } from './security'
import type { Schema } from './types'

export const searchResultName = 'SearchResult'

/** What `GET /api/search` answers (src/plugins/fullTextSearch/types.ts). */
export const searchResultSchema: Schema = {
  type: 'object',
  required: ['docs', 'totalDocs', 'page', 'limit'],
  properties: {
    docs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['collection', 'id', 'slug', 'title', 'path', 'snippet', 'rank'],
        properties: {
          collection: { type: 'string', description: 'The collection of the document found.' },
          id: { type: 'string' },
          slug: { type: ['string', 'null'] },
          title: { type: 'string' },
          path: {
            type: ['string', 'null'],
            description: 'The document’s address on the site, without the language.',
          },
          snippet: {
            type: 'string',
            description: 'HTML: the text escaped, the matched words in `<mark>`.',
          },
          rank: { type: 'number', description: 'Higher is a better match.' },
        },
      },
    },
    totalDocs: { type: 'integer' },
    page: { type: 'integer' },
    limit: { type: 'integer' },
  },
}

const queryParameter = (name: string, description: string, schema: Schema, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
})

/** `GET /api/search`: the full-text search of published content (src/plugins/fullTextSearch). */
export function searchPaths(apiRoute: string, locales: string[]) {
  return {
    [`${apiRoute}/search`]: {
      get: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search the published content',
        description:
          'Published clusters, companies, stories, ambassadors, pages and organizations matching the words of `q`, best first, accents and word endings ignored, in the language of `locale`.',
        security: readSecurity,
        parameters: [
          queryParameter(
            'q',
            'The words searched for.',
            { type: 'string', minLength: QUERY_LENGTH.min, maxLength: QUERY_LENGTH.max },
            true,
          ),
          queryParameter('locale', 'The language of the texts searched and answered.', {
            type: 'string',
            enum: locales,
          }),
          queryParameter('limit', 'Results per page.', {
            type: 'integer',
            minimum: 1,
            maximum: LIMIT.max,
            default: LIMIT.default,
          }),
          queryParameter('page', 'The page of results.', {
            type: 'integer',
            minimum: 1,
            default: 1,
          }),
        ],
        responses: {
          '200': {
            description: 'The matches, best first.',
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${searchResultName}` } },
            },
          },
          '400': responseRef('BadRequest'),
        },
      },
    },
  }
}
