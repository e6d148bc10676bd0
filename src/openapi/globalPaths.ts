import type { SanitizedGlobalConfig } from 'payload'

import { responseRef } from './components'
import { documentSchemaName, fieldsSchemaName } from './names'
import { parameterRef } from './parameters'
import { readSecurity, writeSecurity } from './security'
import { ref } from './types'

/** A global is read by anyone who may, and updated (POST) by the editors. */
export function globalPaths(global: SanitizedGlobalConfig, apiRoute: string) {
  const { slug } = global
  const tags = ['globals']
  const document = ref(documentSchemaName(slug))
  return {
    [`${apiRoute}/globals/${slug}`]: {
      get: {
        tags,
        operationId: `read_global_${slug}`,
        summary: `Read the ${slug} global`,
        security: readSecurity,
        parameters: ['depth', 'locale', 'fallbackLocale', 'select', 'populate', 'draft'].map(
          (name) => parameterRef(name as 'depth'),
        ),
        responses: {
          '200': {
            description: 'The global.',
            content: { 'application/json': { schema: document } },
          },
          '400': responseRef('BadRequest'),
        },
      },
      post: {
        tags,
        operationId: `update_global_${slug}`,
        summary: `Update the ${slug} global`,
        description: 'Allowed: communications, admins.',
        security: writeSecurity,
        parameters: ['depth', 'locale', 'draft'].map((name) => parameterRef(name as 'depth')),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref(fieldsSchemaName(slug)) } },
        },
        responses: {
          '200': {
            description: 'The global as saved.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['result', 'message'],
                  properties: { result: document, message: { type: 'string' } },
                },
              },
            },
          },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
        },
      },
    },
  }
}
