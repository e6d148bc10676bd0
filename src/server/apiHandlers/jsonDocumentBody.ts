type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Create and update of a collection document or a global: the writes whose body is the document. */
function isDocumentWrite(method: string, slug: string[]): boolean {
  if (slug[0] === 'globals') return method === 'POST' && slug.length === 2
  if (method === 'POST') return slug.length === 1
  if (method === 'PATCH') return slug.length <= 2 && slug[1] !== 'versions'
  return false
}

const badRequest = (message: string) =>
  Response.json({ errors: [{ name: 'ValidationError', message }] }, { status: 400 })

/**
 * A document write whose JSON body is empty or not an object reaches Payload as `undefined` data
 * and fails with a 500; it is a client mistake, answered here with a 400 that says what to send.
 */
export function requireJsonDocument(handler: RestHandler): RestHandler {
  return async (request, args) => {
    const contentType = request.headers.get('content-type') ?? ''
    if (!contentType.startsWith('application/json')) return handler(request, args)
    const { slug } = await args.params
    if (!isDocumentWrite(request.method, slug)) return handler(request, args)

    const text = await request.clone().text()
    if (!text.trim())
      return badRequest('The request has no body: send the document fields as a JSON object.')
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      return badRequest(`The request body is not valid JSON (${(error as Error).message}).`)
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return badRequest('The request body must be a JSON object of document fields.')
    }
    return handler(request, args)
  }
}
