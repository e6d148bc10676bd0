import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { AppEnv } from '@/env'

/**
 * Media files in an S3-compatible bucket when one is configured, so that several app instances
 * share them; on disk otherwise (the config is left as it is).
 *
 * Files are still served by Payload (`disablePayloadAccessControl` left unset): the same
 * `/api/media/file/<name>` URLs, the same read access and the same Range support, so front ends see
 * no difference. No `prefix`: it would add a `prefix` column to media only where S3 is on, and the
 * migrations (made without it) would no longer match the schema.
 */
export const mediaStorage =
  (storage: AppEnv['storage']): Plugin =>
  (config) => {
    if (!storage) return config
    const { bucket, endpoint, region, accessKeyId, secretAccessKey, forcePathStyle } = storage
    return s3Storage({
      bucket,
      // `true`: the defaults, which keep Payload's access control (the option only accepts `true`).
      collections: { [collectionSlugs.media]: true },
      config: {
        endpoint,
        region,
        forcePathStyle,
        credentials: { accessKeyId, secretAccessKey },
        // Checksums only where S3 requires them: S3-compatible servers do not all know the
        // newer CRC headers that the SDK otherwise adds to every request.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    })(config)
  }
