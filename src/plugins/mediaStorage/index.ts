import { s3Storage } from '@payloadcms/storage-s3'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Plugin } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { AppEnv } from '@/env'

type Storage = NonNullable<AppEnv['storage']>

/** The S3 client settings of the media bucket: the plugin's, and every other client of the bucket's. */
export const s3ClientConfig = (storage: Storage): S3ClientConfig => ({
  endpoint: storage.endpoint,
  region: storage.region,
  forcePathStyle: storage.forcePathStyle,
  credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
  // Checksums only where S3 requires them: S3-compatible servers do not all know the newer CRC
  // headers that the SDK otherwise adds to every request.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})

/**
 * Media files in an S3-compatible bucket when one is configured, so that several app instances
 * share them; on disk otherwise.
 *
 * Files are still served by Payload (`disablePayloadAccessControl` left unset): the same
 * `/api/media/file/<name>` URLs, the same read access and the same Range support, so front ends see
 * no difference. No key prefix: storage-s3 would add `?prefix=…` to every file URL.
 *
 * The plugin is registered even without a bucket (`enabled: false`) with `alwaysInsertFields`:
 * storage adds `prefix` and `_objectKey` to media, and one schema (one set of migrations) must
 * serve disk and S3 deployments alike.
 */
export const mediaStorage = (storage: AppEnv['storage']): Plugin =>
  s3Storage({
    enabled: storage !== undefined,
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    collections: { [collectionSlugs.media]: true },
    config: storage ? s3ClientConfig(storage) : {},
  })
