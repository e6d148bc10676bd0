import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The committed openapi.json, naming `serverUrl` as its server, and its ETag. */
export function servedDocument(serverUrl: string): { body: string; etag: string } {
  const document = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'openapi.json'), 'utf8'))
  document.servers = [{ url: serverUrl }]
  const body = JSON.stringify(document)
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
}
