import { responseRef } from './components'
import { parameterRef } from './parameters'
import { readSecurity } from './security'
import type { Schema } from './types'

export const figureHistoryName = 'FigureHistory'

const localizedText = (description: string): Schema => ({
  description,
  anyOf: [
    { type: 'string' },
    { type: 'null' },
    { type: 'object', additionalProperties: { type: ['string', 'null'] } },
  ],
})

/** What `GET /api/<collection>/{id}/figures/history` answers (src/plugins/figureHistory/endpoint.ts). */
export const figureHistorySchema: Schema = {
  type: 'object',
  required: ['id', 'figures'],
  properties: {
    id: { type: 'integer' },
    figures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'series'],
        properties: {
          id: { type: 'string', description: 'The key figure’s row id, kept across edits.' },
          label: localizedText('The figure’s label.'),
          series: {
            type: 'array',
            description: 'Its published values, oldest first; the last is the value published now.',
            items: {
              type: 'object',
              required: ['value', 'unit', 'year', 'source', 'recordedAt'],
              properties: {
                value: { type: ['number', 'null'] },
                unit: { type: ['string', 'null'] },
                year: { type: ['integer', 'null'] },
                source: localizedText('Where the value comes from.'),
                recordedAt: {
                  type: ['string', 'null'],
                  format: 'date-time',
                  description:
                    'When the value was published; null when it was published before history was kept.',
                },
              },
            },
          },
        },
      },
    },
  },
}

/** Key figures over time (src/plugins/figureHistory), for the collections that keep them. */
export function figureHistoryPaths(apiRoute: string, collections: readonly string[]) {
  return Object.fromEntries(
    collections.map((slug) => [
      `${apiRoute}/${slug}/{id}/figures/history`,
      {
        get: {
          tags: [slug],
          operationId: `${slug}FigureHistory`,
          summary: 'The key figures over time',
          description:
            'Each published key figure with its series of values, oldest first, ending with the value published now. Draft values never enter it.',
          security: readSecurity,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
            parameterRef('locale'),
            parameterRef('fallbackLocale'),
          ],
          responses: {
            '200': {
              description: 'The figures and their series.',
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${figureHistoryName}` },
                },
              },
            },
            '400': responseRef('BadRequest'),
            '404': responseRef('NotFound'),
          },
        },
      },
    ]),
  )
}
