import { expect } from '@jest/globals'
import sharp from 'sharp'

/** The WebP sizes Media makes of every image (collections/Media `imageSizes`). */
export const MEDIA_SIZES = ['thumbnail', 'card', 'hero'] as const

/** A plain PNG, large enough for every size to be made. */
export const harbourPng = (): Promise<Buffer> =>
  sharp({
    create: { width: 2400, height: 1600, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()

/** A `Range: bytes=0-99` answer: 206, exactly those bytes, and where they sit in the whole. */
export async function expectFirstHundredBytes(response: Response, whole: Buffer): Promise<void> {
  expect(response.status).toBe(206)
  expect(response.headers.get('content-range')).toBe(`bytes 0-99/${whole.length}`)
  expect(Buffer.from(await response.arrayBuffer())).toEqual(whole.subarray(0, 100))
}
