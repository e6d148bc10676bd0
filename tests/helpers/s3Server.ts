import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

/** s3rver's fixed credentials: it checks request signatures against them. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type S3TestServer = {
  /** The app's settings for this server (see .env.example, "Media storage"). */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** The bytes stored under `key`. */
  object: (key: string) => Promise<Buffer>
  stop: () => Promise<void>
}

/**
 * An S3-compatible server for tests: s3rver, a Node implementation of the S3 API over HTTP, on a
 * free port with a temporary directory and one bucket. Chosen because no MinIO (or other S3)
 * binary can be installed on the machines that run the tests, and they have no network; it speaks
 * the same signed HTTP API that @payloadcms/storage-s3 uses against AWS or MinIO.
 */
export async function startS3Server(bucket = 'grappes-media'): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  })
  const keys = async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    return (listed.Contents ?? []).map(({ Key }) => Key ?? '').sort()
  }
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    keys,
    object: async (key) => {
      const found = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from((await found.Body?.transformToByteArray()) ?? [])
    },
    stop: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
