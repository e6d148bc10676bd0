import { responseRef } from './components'
import { documentSchemaName } from './names'
import type { Schema } from './types'
import { ref } from './types'

const json = (schema: Schema) => ({ 'application/json': { schema } })
const message = { type: 'string' }
const token = { type: 'string', description: 'A JWT, for `Authorization: Bearer <token>`.' }
const expiry = { type: 'integer', description: 'When the token expires, in seconds since 1970.' }

/** Signing in and out, and who one is: the endpoints of an auth collection a client may call. */
export function authPaths(slug: string, apiRoute: string) {
  const tags = ['authentication']
  const user = ref(documentSchemaName(slug))
  const base = `${apiRoute}/${slug}`
  return {
    [`${base}/login`]: {
      post: {
        tags,
        operationId: `login_${slug}`,
        summary: 'Sign in',
        description:
          'Answers the token (for `Authorization: Bearer <token>`) and sets the `payload-token` cookie.',
        security: [{}],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['email', 'password'],
            properties: {
              email: { type: 'string', format: 'email' },
              password: { type: 'string' },
            },
          }),
        },
        responses: {
          '200': {
            description: 'Signed in.',
            content: json({
              type: 'object',
              required: ['message', 'user', 'token', 'exp'],
              properties: { message, user, token, exp: expiry },
            }),
          },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
        },
      },
    },
    [`${base}/logout`]: {
      post: {
        tags,
        operationId: `logout_${slug}`,
        summary: 'Sign out',
        description: 'Ends the session and clears the cookie.',
        security: [{ jwt: [] }, { cookie: [] }],
        responses: {
          '200': {
            description: 'Signed out.',
            content: json({ type: 'object', required: ['message'], properties: { message } }),
          },
          '400': responseRef('BadRequest'),
        },
      },
    },
    [`${base}/me`]: {
      get: {
        tags,
        operationId: `me_${slug}`,
        summary: 'Who is signed in',
        security: [{}, { jwt: [] }, { cookie: [] }],
        responses: {
          '200': {
            description: 'The user signed in, or `user: null`.',
            content: json({
              type: 'object',
              required: ['user'],
              properties: {
                user: { anyOf: [user, { type: 'null' }] },
                collection: { type: 'string' },
                strategy: { type: 'string' },
                token,
                exp: expiry,
                message: { type: 'string' },
              },
            }),
          },
        },
      },
    },
    [`${base}/refresh-token`]: {
      post: {
        tags,
        operationId: `refresh_token_${slug}`,
        summary: 'Renew the token',
        security: [{ jwt: [] }, { cookie: [] }],
        responses: {
          '200': {
            description: 'A new token, with a new expiry.',
            content: json({
              type: 'object',
              required: ['message', 'refreshedToken', 'exp', 'user'],
              properties: { message, refreshedToken: token, exp: expiry, user },
            }),
          },
          '401': responseRef('Unauthorized'),
        },
      },
    },
  }
}
