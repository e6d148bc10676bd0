/**
 * The three ways to be someone: the token of `POST /api/users/login` in a header (Payload reads
 * `Authorization: Bearer <token>` and `Authorization: JWT <token>` alike), the same token in the
 * `payload-token` cookie that login sets (browsers on an allowed origin), or an API client's key.
 */
export const securitySchemes = {
  jwt: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'The `token` of `POST /api/users/login`, as `Authorization: Bearer <token>`; Payload reads `Authorization: JWT <token>` the same way.',
  },
  cookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'payload-token',
    description:
      'The cookie `POST /api/users/login` sets (HttpOnly). Sent by browsers on an origin listed in `ALLOWED_ORIGINS` only.',
  },
  apiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'An API client’s key (admins create them under Administration › API clients), as `Authorization: api-clients API-Key <key>`. An API client reads published content, and drafts with `draft=true` (previews); it writes nothing.',
  },
} as const

type Requirement = Record<string, string[]>

/** Reads: anyone; signing in or an API key shows more (drafts, fields kept from the public). */
export const readSecurity: Requirement[] = [{}, { jwt: [] }, { cookie: [] }, { apiKey: [] }]
/** Writes: people signed in (API clients write nothing). */
export const writeSecurity: Requirement[] = [{ jwt: [] }, { cookie: [] }]
