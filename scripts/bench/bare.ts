import fs from 'node:fs'
import http from 'node:http'

/**
 * (c) the baseline: a bare Node http server, in its own process as the real server is, sending
 * the bytes the real server sent for each target (from a JSON file of path → base64 body).
 * `tsx scripts/bench/bare.ts <bodies.json> <port>`
 */
const [file, port] = process.argv.slice(2)
const bodies = new Map(
  Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>).map(
    ([path, body]) => [path, Buffer.from(body, 'base64')],
  ),
)
http
  .createServer((req, res) => {
    const body = bodies.get(req.url ?? '') ?? Buffer.alloc(0)
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('bare baseline ready'))
