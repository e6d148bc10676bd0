import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

export type BodyLimits = {
  /** Any body that is not multipart: JSON documents, GraphQL, forms. */
  jsonMaxBytes: number
  /** Multipart uploads: the file plus its form fields. */
  uploadMaxBytes: number
}

const MB = 1024 * 1024

function limitOf(req: IncomingMessage, limits: BodyLimits): number {
  const type = req.headers['content-type'] ?? ''
  return type.startsWith('multipart/')
    ? limits.uploadMaxBytes + limits.jsonMaxBytes
    : limits.jsonMaxBytes
}

/**
 * Answers 413 and makes the rest of the exchange harmless: what the client still sends is read and
 * dropped (never held) and later writes by the app are ignored. The connection stays open while
 * the client finishes sending, so that it can read the answer (closing it at once makes the
 * client's next write fail with EPIPE before it sees the 413).
 */
function refuse(req: IncomingMessage, res: ServerResponse, limit: number) {
  const body = JSON.stringify({
    errors: [
      {
        message: `The request body is larger than ${(limit / MB).toFixed(1)} MB: send less.`,
      },
    ],
  })
  res.writeHead(413, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(body)
  res.writeHead = (() => res) as unknown as ServerResponse['writeHead']
  res.setHeader = (() => res) as unknown as ServerResponse['setHeader']
  res.write = (() => true) as ServerResponse['write']
  res.end = (() => res) as unknown as ServerResponse['end']
  req.resume()
  // A client that never stops sending is cut off once its answer has had time to leave.
  res.once('finish', () =>
    setTimeout(() => {
      if (!req.complete) req.socket.destroy()
    }, 5000).unref(),
  )
}

/**
 * Counts body bytes as they arrive, for bodies without Content-Length (chunked): once past the
 * limit, nothing more reaches the app and the request is refused.
 */
function countWhileStreaming(req: IncomingMessage, res: ServerResponse, limit: number) {
  let received = req.readableLength
  let refused = false
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) return push(null)
    if (refused) return true
    received += (chunk as Buffer).length
    if (received <= limit) return push(chunk, encoding)
    refused = true
    refuse(req, res, limit)
    return true
  }
}

/**
 * Request bodies have a size limit, checked before anything reads or parses them: by
 * Content-Length when the client sends one, by counting while streaming otherwise. Anonymous or
 * not, an oversized body is a 413.
 */
export function bodyLimit(limits: BodyLimits): RequestHandler {
  return (req, res, next) => {
    const limit = limitOf(req, limits)
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (Number(declared) > limit) return refuse(req, res, limit)
    } else if (req.headers['transfer-encoding']) countWhileStreaming(req, res, limit)
    next()
  }
}
