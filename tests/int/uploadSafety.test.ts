import { crc32, deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let editor: ApiClient

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A real, valid black PNG of width × height in 1-bit grey: a few tens of kilobytes on the wire,
 * width × height pixels once decoded, which is what resizing would do.
 */
function hugePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // 1-bit, greyscale, deflate, no filter, not interlaced
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height) // filter byte 0 + zero pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const smallPng = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 1, g: 2, b: 3 } } })
    .png()
    .toBuffer()

async function mediaCount(): Promise<number> {
  return (await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
}

beforeAll(async () => {
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  await ctx.teardown()
})

describe('upload safety', () => {
  it('refuses a 16,000 × 16,000 PNG with a 400 on `file`, before resizing, and stores nothing', async () => {
    const before = await mediaCount()
    const started = Date.now()
    const response = await editor.upload(
      '/media',
      { name: 'huge.png', type: 'image/png', data: hugePng(16_000, 16_000) },
      { alt: 'Too many pixels' },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      {
        path: 'file',
        message: 'The image has 256 megapixels; the limit is 50. Upload a smaller image.',
      },
    ])
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a form whose file name holds a NUL byte with a 400 on `file`, not a 500', async () => {
    const response = await editor.upload(
      '/media',
      { name: 'bad\u0000name.png', type: 'image/png', data: await smallPng() },
      { alt: 'NUL' },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      { path: 'file', message: 'The upload is not a readable form (Malformed part header).' },
    ])
  })

  it.each([
    ['path parts', '../../etc/photo.png', 'photo.png'],
    ['Windows path parts', 'C:\\Users\\x\\photo2.png', 'photo2.png'],
    ['a leading dot', '.hidden.png', 'hidden.png'],
    ['a tab', 'tab\there.png', 'tabhere.png'],
  ])('stores a file whose name holds %s under a plain name', async (_kind, name, stored) => {
    const response = await editor.upload(
      '/media',
      { name, type: 'image/png', data: await smallPng() },
      { alt: 'Plain name' },
    )
    expect([response.status, response.body.doc?.filename]).toEqual([201, stored])
    await ctx.payload.delete({
      collection: 'media',
      id: response.body.doc.id,
      overrideAccess: true,
    })
  })
})
