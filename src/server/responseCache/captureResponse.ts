import type { ServerResponse } from 'node:http'

/**
 * Holds back what Next writes so the whole body is known before the headers go out (for the
 * ETag), then hands it to `done`. API responses are small JSON documents, so buffering is cheap.
 */
export function captureResponse(
  res: ServerResponse,
  done: (status: number, body: Buffer) => void,
): void {
  const chunks: Buffer[] = []
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          chunk as string,
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        )
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => arg && typeof arg === 'object') as
      Record<string, string> | undefined
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value)
    return res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => undefined
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding))
    const cb = [encoding, callback].find((arg) => typeof arg === 'function') as
      (() => void) | undefined
    cb?.()
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
    Object.assign(res, original)
    done(res.statusCode, Buffer.concat(chunks))
    return res
  }) as ServerResponse['end']
}
