/**
 * A front end's webhook receiver, as the README documents it: it accepts Grappes' events only when
 * the signature matches the raw body and the timestamp is recent, and prints one line per event.
 *
 *   WEBHOOK_SECRET=<the webhook's signing secret> PORT=4000 npx tsx examples/webhookReceiver.ts
 *
 * Register `http://<this host>:4000/` under Administration → Webhooks with the same secret. An
 * accepted event is answered 204 and printed `verified <event> <collection or global> …`; a refused
 * one is answered 401 and printed `rejected: <why>`. Replace the printing with your own work (a
 * rebuild of the pages that show the document, a purge of your CDN…).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'

const secret = process.env.WEBHOOK_SECRET
const port = Number(process.env.PORT ?? 4000)
// Older deliveries are refused: a captured request cannot be replayed later.
const MAX_AGE_SECONDS = Number(process.env.WEBHOOK_MAX_AGE_SECONDS ?? 300)
// Grappes' events are a few hundred bytes.
const MAX_BODY_BYTES = 64 * 1024

if (!secret) {
  console.error(
    'Set WEBHOOK_SECRET to the signing secret shown in the webhook (Administration → Webhooks).',
  )
  process.exit(2)
}

type GrappesEvent = {
  event: 'publish' | 'unpublish' | 'delete'
  collection?: string
  global?: string
  id?: number | string
  slug?: string
  occurredAt: string
}

/** Why a delivery is refused, or nothing when its signature header is valid for this body. */
export function signatureProblem(
  header: string | undefined,
  rawBody: string,
  key: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | undefined {
  // `X-Grappes-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
  const parts = new Map(
    (header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]),
  )
  const timestamp = Number(parts.get('t'))
  const signature = parts.get('v1') ?? ''
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(signature))
    return 'no valid X-Grappes-Signature header'
  if (Math.abs(nowSeconds - timestamp) > MAX_AGE_SECONDS) return 'timestamp too old'
  const expected = createHmac('sha256', key).update(`${timestamp}.${rawBody}`).digest()
  // Constant-time comparison: the time taken says nothing about how much of it matched.
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'signature does not match'
  return undefined
}

const describe = (event: GrappesEvent) =>
  event.global
    ? `${event.event} ${event.global}`
    : `${event.event} ${event.collection} ${event.id} ${event.slug ?? ''}`.trimEnd()

const server = http.createServer((request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(405, { Allow: 'POST' }).end()
    return
  }
  const chunks: Buffer[] = []
  let size = 0
  request.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_BODY_BYTES) request.destroy()
    else chunks.push(chunk)
  })
  request.on('end', () => {
    // The signature covers the bytes as sent: check it before parsing them.
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const header = request.headers['x-grappes-signature']
    const problem = signatureProblem(Array.isArray(header) ? header[0] : header, rawBody, secret)
    if (problem) {
      console.log(`rejected: ${problem}`)
      response.writeHead(401, { 'Content-Type': 'text/plain' }).end(problem)
      return
    }
    console.log(`verified ${describe(JSON.parse(rawBody) as GrappesEvent)}`)
    response.writeHead(204).end()
  })
})

server.listen(port, () => console.log(`Receiving Grappes webhooks on http://localhost:${port}/`))
