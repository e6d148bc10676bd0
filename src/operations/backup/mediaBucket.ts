import fs from 'node:fs'
import type { Readable } from 'node:stream'
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import type { AppEnv } from '@/env'
import { s3ClientConfig } from '@/plugins/mediaStorage'

import type { MediaStore, StoredFile } from './mediaStore'

type Storage = NonNullable<AppEnv['storage']>

/** The media bucket, through the S3 client settings of src/plugins/mediaStorage. */
export function bucketStore(storage: Storage): MediaStore {
  const client = new S3Client(s3ClientConfig(storage))
  const Bucket = storage.bucket

  async function list(): Promise<StoredFile[]> {
    const files: StoredFile[] = []
    let ContinuationToken: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }))
      for (const { Key, Size } of page.Contents ?? [])
        if (Key) files.push({ key: Key, size: Size ?? 0 })
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (ContinuationToken)
    return files.sort((a, b) => a.key.localeCompare(b.key))
  }

  return {
    kind: 's3',
    description: `the bucket ${Bucket}`,
    list,
    read: async (file) => {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: file.key }))
      file.contentType = object.ContentType
      return object.Body as Readable
    },
    write: async (key, source, contentType) => {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: fs.createReadStream(source),
          ContentLength: fs.statSync(source).size,
          ContentType: contentType,
        }),
      )
    },
    clear: async () => {
      const keys = (await list()).map(({ key }) => ({ Key: key }))
      for (let start = 0; start < keys.length; start += 1000)
        await client.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: { Objects: keys.slice(start, start + 1000) },
          }),
        )
    },
  }
}
