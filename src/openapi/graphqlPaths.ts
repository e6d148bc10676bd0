import type { SanitizedConfig } from 'payload'

import { responseRef } from './components'
import { readSecurity } from './security'

/** GraphQL's one endpoint; its schema is schema.graphql, next to this document. */
export function graphqlPaths(config: SanitizedConfig) {
  return {
    [`${config.routes.api}${config.routes.graphQL}`]: {
      post: {
        tags: ['graphql'],
        operationId: 'graphql',
        summary: 'A GraphQL query or mutation',
        description:
          'The schema is `schema.graphql` at the top of the repository. Queries are limited in depth, aliases, tokens and cost; introspection is off in production.',
        security: readSecurity,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: {
                  query: { type: 'string' },
                  variables: { type: 'object', additionalProperties: true },
                  operationName: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The result, with `errors` for the parts that failed.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: { type: ['object', 'null'], additionalProperties: true },
                    errors: { type: 'array', items: { type: 'object', required: ['message'] } },
                  },
                },
              },
            },
          },
          '400': responseRef('BadRequest'),
        },
      },
    },
  }
}
