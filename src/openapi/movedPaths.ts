import { redirectedCollections } from '@/constants/slugs'

import { responseRef } from './components'
import { readSecurity } from './security'
import type { Schema } from './types'

export const movedName = 'Moved'

/** What `GET /api/<collection>/moved/<slug>` answers (src/plugins/slugRedirects/movedEndpoint.ts). */
export const movedSchema: Schema = {
  type: 'object',
  required: ['collection', 'id', 'slug', 'path', 'location'],
  properties: {
    collection: { type: 'string' },
    id: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
    slug: { type: 'string', description: 'The document’s slug now.' },
    path: { type: 'string', description: 'Its address on the site now, without the language.' },
    location: { type: 'string', description: 'Its REST address, as in the `Location` header.' },
  },
}

/** Where a document whose slug was renamed went (src/plugins/slugRedirects). */
export function movedPaths(apiRoute: string) {
  return Object.fromEntries(
    redirectedCollections.map((slug) => [
      `${apiRoute}/${slug}/moved/{slug}`,
      {
        get: {
          tags: [slug],
          operationId: `${slug}Moved`,
          summary: 'Where a document once at this slug is now',
          description:
            'A renamed document’s old slug answers `301` with `Location` set to the document’s REST address (the query string kept).',
          security: readSecurity,
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '301': {
              description: 'The document moved; `Location` is its REST address.',
              headers: { Location: { schema: { type: 'string' } } },
              content: {
                'application/json': { schema: { $ref: `#/components/schemas/${movedName}` } },
              },
            },
            '404': responseRef('NotFound'),
          },
        },
      },
    ]),
  )
}
