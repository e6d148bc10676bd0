import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import busboy from 'busboy'

type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Reads the form's framing only (files are dropped as they stream); the parser's complaint, if any. */
function framingProblem(request: Request): Promise<string | undefined> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' } })
    } catch (error) {
      resolve((error as Error).message)
      return
    }
    parser.on('file', (_name, file) => file.resume())
    parser.on('error', (error) => resolve((error as Error).message))
    parser.on('close', () => resolve(undefined))
    const body = request.clone().body
    if (!body) return resolve('the form is empty')
    Readable.fromWeb(body as NodeReadableStream).pipe(parser)
  })
}

/**
 * Payload reads uploads with the same parser (busboy) and answers 500 when it fails, e.g. on a
 * file name holding a NUL byte; a form that cannot be read is the client's mistake: 400 on `file`.
 */
export function rejectMalformedMultipart(handler: RestHandler): RestHandler {
  return async (request, args) => {
    if (!request.headers.get('content-type')?.startsWith('multipart/form-data'))
      return handler(request, args)
    const problem = await framingProblem(request)
    if (!problem) return handler(request, args)
    return Response.json(
      {
        errors: [
          {
            name: 'ValidationError',
            message: 'The following field is invalid: file',
            data: {
              errors: [
                { path: 'file', message: `The upload is not a readable form (${problem}).` },
              ],
            },
          },
        ],
      },
      { status: 400 },
    )
  }
}
