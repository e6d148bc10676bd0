import type { OpenApiDocument } from './document'

/** The committed form: two-space JSON with a final newline (what the generator writes). */
export const serializeDocument = (document: OpenApiDocument | object): string =>
  `${JSON.stringify(document, null, 2)}\n`
