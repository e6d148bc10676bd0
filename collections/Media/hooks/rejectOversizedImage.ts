import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '@/i18n/messages'

/** Width × height read from the image's header only: nothing is decoded. */
async function pixelsOf(data: Buffer): Promise<number | undefined> {
  try {
    const { width, height, pages } = await sharp(data, { limitInputPixels: false }).metadata()
    return width && height ? width * height * (pages ?? 1) : undefined
  } catch {
    return undefined // not an image sharp reads: the mime-type checks refuse it
  }
}

/**
 * Resizing decodes the whole image in memory (a 16,000 × 16,000 PNG is 256 megapixels, about 1 GB),
 * so an image above `limit` pixels is refused as a validation error on `file` (400) first.
 */
export const rejectOversizedImage =
  (limit: number): CollectionBeforeOperationHook<'media'> =>
  async ({ req, operation, collection }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file) return
    if (!file.mimetype?.startsWith('image/')) return
    const data = file.data?.length
      ? file.data
      : file.tempFilePath
        ? await readFile(file.tempFilePath)
        : undefined
    const pixels = data && (await pixelsOf(data))
    if (!pixels || pixels <= limit) return
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'file',
            message: translate(req, 'imageTooLarge', {
              megapixels: Math.round(pixels / 1e6),
              limit: Math.round(limit / 1e6),
            }),
          },
        ],
        req,
      },
      req.t,
    )
  }
