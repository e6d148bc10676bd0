/** A GraphQL answer's body, as far as the steps that rewrite its errors read it. */
export type GraphQLErrorBody = {
  data?: Record<string, unknown> | null
  errors?: Array<{
    message?: unknown
    locations?: Array<{ line: number; column: number }>
    extensions?: { statusCode?: number }
  }>
}

const read = new WeakMap<Response, Promise<GraphQLErrorBody | undefined>>()

async function errorBodyOf(response: Response): Promise<GraphQLErrorBody | undefined> {
  const text = await response
    .clone()
    .text()
    .catch(() => '')
  // A JSON body holds the key `"errors"` only as a key: inside a string its quotes are escaped.
  if (!text.includes('"errors"')) return undefined
  try {
    const body = JSON.parse(text) as GraphQLErrorBody
    return body?.errors?.length ? body : undefined
  } catch {
    return undefined
  }
}

/**
 * The body of a JSON answer that holds errors, or undefined (most answers hold none). Several
 * steps look at the same answer (the errors' status, their fields, their hints): it is read once
 * per answer, and parsed only when it holds errors. The body returned is the caller's to change.
 */
export async function errorsOfAnswer(response: Response): Promise<GraphQLErrorBody | undefined> {
  if (!response.headers.get('content-type')?.includes('json')) return undefined
  let body = read.get(response)
  if (!body) read.set(response, (body = errorBodyOf(response)))
  const found = await body
  return found && structuredClone(found)
}
