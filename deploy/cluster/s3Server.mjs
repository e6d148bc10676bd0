import fs from 'node:fs'
import S3rver from 's3rver'

/**
 * The cluster's S3-compatible server, as a process of its own: s3rver (the Node implementation of
 * the S3 API that the tests use, tests/helpers/s3Server.ts), keeping its bucket in a folder so that
 * media survive a restart of the cluster. Production uses MinIO or a cloud bucket instead
 * (deploy/compose.yaml). Plain JavaScript run by node: under tsx's loader, a dependency of s3rver
 * (generator-function, through its "module-sync" export) loads as a namespace and s3rver fails.
 * Usage: node deploy/cluster/s3Server.mjs <port> <folder> <bucket>
 */
const [port, directory, bucket] = process.argv.slice(2)
if (!port || !directory || !bucket) {
  console.error('usage: node deploy/cluster/s3Server.mjs <port> <folder> <bucket>')
  process.exit(2)
}
fs.mkdirSync(directory, { recursive: true })
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port),
  directory,
  silent: true,
  configureBuckets: [{ name: bucket }],
})
await server.run()
console.log(`S3 (s3rver) listening on http://127.0.0.1:${port}, bucket ${bucket}`)
// Closing waits for kept-alive client sockets; the instances have stopped before S3, so a socket
// still open after 3 s has nobody behind it.
const stop = () => {
  setTimeout(() => process.exit(0), 3_000).unref()
  void server.close().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
