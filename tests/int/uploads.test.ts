import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { ApiClient } from '../helpers/client'
import { expectFirstHundredBytes, harbourPng, MEDIA_SIZES } from '../helpers/mediaFiles'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const LIMIT_BYTES = 300_000
let ctx: TestContext
let editor: ApiClient

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()

/** Random pixels do not compress, so this PNG is larger than the limit. */
const noisyPng = (width: number, height: number) =>
  sharp(
    Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))),
    {
      raw: { width, height, channels: 3 },
    },
  )
    .png({ compressionLevel: 0 })
    .toBuffer()

async function mediaCount(): Promise<number> {
  return (await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
}

beforeAll(async () => {
  process.env.UPLOAD_MAX_BYTES = String(LIMIT_BYTES)
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  delete process.env.UPLOAD_MAX_BYTES
  await ctx.teardown()
})

describe('media uploads', () => {
  it('stores an image in media/ with its WebP sizes', async () => {
    const response = await editor.upload(
      '/media',
      { name: 'harbour.png', type: 'image/png', data: await png(2400, 1600) },
      { alt: 'The port of Montréal' },
    )
    expect(response.status).toBe(201)
    const { doc } = response.body
    expect(doc.mimeType).toBe('image/png')
    for (const size of ['thumbnail', 'card', 'hero']) {
      expect(doc.sizes[size].mimeType).toBe('image/webp')
      expect(doc.sizes[size].filename).toMatch(/\.webp$/)
      expect(fs.existsSync(path.join(ctx.mediaDir, doc.sizes[size].filename))).toBe(true)
    }
    expect(doc.sizes.hero.width).toBe(1920)
    expect(fs.existsSync(path.join(ctx.mediaDir, doc.filename))).toBe(true)
  })

  it('serves the file and a size at /api/media/file, answers a byte range with 206, and deleting removes them', async () => {
    const original = await harbourPng()
    const { doc } = (
      await editor.upload(
        '/media',
        { name: 'harbour-served.png', type: 'image/png', data: original },
        { alt: 'The port of Montréal' },
      )
    ).body
    const stored = [doc.filename, ...MEDIA_SIZES.map((size) => doc.sizes[size].filename)]
    const onDisk = () => stored.filter((name) => fs.existsSync(path.join(ctx.mediaDir, name)))
    expect(new URL(doc.url).pathname).toBe(`/api/media/file/${doc.filename}`)

    const file = await editor.file(`/media/file/${doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await file.arrayBuffer())).toEqual(original)

    const card = await editor.file(`/media/file/${doc.sizes.card.filename}`)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/webp')
    expect(Buffer.from(await card.arrayBuffer())).toEqual(
      fs.readFileSync(path.join(ctx.mediaDir, doc.sizes.card.filename)),
    )

    const range = await editor.file(`/media/file/${doc.filename}`, { Range: 'bytes=0-99' })
    await expectFirstHundredBytes(range, original)

    expect(onDisk()).toEqual(stored)
    expect((await editor.delete(`/media/${doc.id}`)).status).toBe(200)
    expect(onDisk()).toEqual([])
  })

  it('keeps the alt text per locale', async () => {
    const created = await editor.upload(
      '/media',
      { name: 'lab.png', type: 'image/png', data: await png(200, 100) },
      { alt: 'A laboratory' },
    )
    const id = created.body.doc.id
    await editor.patch(`/media/${id}`, { alt: 'Un laboratoire' }, { locale: 'fr' })
    expect((await editor.get(`/media/${id}`, { locale: 'fr' })).body.alt).toBe('Un laboratoire')
    expect((await editor.get(`/media/${id}`, { locale: 'en' })).body.alt).toBe('A laboratory')
  })

  it('rejects a text file with a 400 naming the file', async () => {
    const before = await mediaCount()
    const response = await editor.upload(
      '/media',
      { name: 'notes.txt', type: 'text/plain', data: Buffer.from('not an image') },
      { alt: 'Notes' },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toMatch(/file/i)
    expect(await mediaCount()).toBe(before)
  })

  it('rejects an SVG image', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const response = await editor.upload(
      '/media',
      { name: 'logo.svg', type: 'image/svg+xml', data: svg },
      { alt: 'Logo' },
    )
    expect(response.status).toBe(400)
  })

  it('rejects a file over the size limit with a 400 naming the file', async () => {
    const before = await mediaCount()
    const data = await noisyPng(400, 400)
    expect(data.length).toBeGreaterThan(LIMIT_BYTES)
    const response = await editor.upload(
      '/media',
      { name: 'huge.png', type: 'image/png', data },
      { alt: 'Too big' },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'file' })
    expect(response.body.errors[0].data.errors[0].message).toMatch(/larger than/)
    expect(await mediaCount()).toBe(before)
  })

  it('requires alt text', async () => {
    const response = await editor.upload(
      '/media',
      { name: 'no-alt.png', type: 'image/png', data: await png(50, 50) },
      {},
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(
      'alt',
    )
  })

  it('refuses uploads from anonymous users', async () => {
    const response = await editor
      .anonymous()
      .upload('/media', { name: 'a.png', type: 'image/png', data: await png(10, 10) }, { alt: 'x' })
    expect(response.status).toBe(403)
  })
})
