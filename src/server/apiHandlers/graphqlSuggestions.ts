import { errorsOfAnswer } from './graphqlAnswerErrors'

type Handler = (request: Request) => Promise<Response>

/** graphql-js appends ` Did you mean "apiKey"?` (or a list of names) to unknown-name errors. */
const SUGGESTION = /\s*Did you mean .+\?$/

export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '')
}

/**
 * With introspection off, "Did you mean …" would still reveal the schema one name at a time
 * (fields hidden from a reader included), so those hints are taken out of error messages.
 */
export function withoutFieldSuggestions(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    const body = await errorsOfAnswer(response)
    if (!body?.errors?.some((error) => typeof error.message === 'string')) return response
    for (const error of body.errors)
      if (typeof error.message === 'string') error.message = withoutSuggestion(error.message)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(body), { status: response.status, headers })
  }
}
