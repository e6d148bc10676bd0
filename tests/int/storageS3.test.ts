import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { expectFirstHundredBytes, harbourPng, MEDIA_SIZES } from '../helpers/mediaFiles'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'

type MediaDoc = {
  id: number
  filename: string
  url: string
  mimeType: string
  sizes: Record<string, { filename: string; url: string; mimeType: string }>
}

let s3: S3TestServer
let site: RunningSite
let token: string
let original: Buffer

const keysOf = (doc: MediaDoc): string[] =>
  [doc.filename, ...MEDIA_SIZES.map((size) => doc.sizes[size].filename)].sort()

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${site.base}${new URL(url, site.base).pathname}`, { headers })

async function upload(name: string): Promise<MediaDoc> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(original)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'The port of Montréal' }))
  const response = await fetch(`${site.base}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc
}

const remove = (doc: MediaDoc) =>
  fetch(`${site.base}/api/media/${doc.id}`, {
    method: 'DELETE',
    headers: { Authorization: `JWT ${token}` },
  })

beforeAll(async () => {
  original = await harbourPng()
  s3 = await startS3Server()
  site = await startProductionServer(s3.env)
  const login = await fetch(`${site.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = (await login.json()).token
}, 300_000)

afterAll(async () => {
  await site?.stop()
  await s3?.stop()
})

describe('media in an S3-compatible bucket, served through Payload', () => {
  it('an upload puts the file and its three WebP sizes in the bucket, none on disk', async () => {
    const doc = await upload('harbour.png')
    expect(await s3.keys()).toEqual(keysOf(doc))
    expect(await s3.object(doc.filename)).toEqual(original)
    expect(fs.readdirSync(site.mediaDir)).toEqual([])
    expect((await remove(doc)).status).toBe(200)
  })

  it('the file and a size are served at the same /api/media/file URLs as on disk', async () => {
    const doc = await upload('harbour-served.png')
    expect(doc.url).toBe(`${site.base}/api/media/file/${doc.filename}`)
    expect(doc.sizes.card.url).toBe(`${site.base}/api/media/file/${doc.sizes.card.filename}`)

    const file = await get(doc.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await file.arrayBuffer())).toEqual(original)

    const card = await get(doc.sizes.card.url)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/webp')
    expect(Buffer.from(await card.arrayBuffer())).toEqual(await s3.object(doc.sizes.card.filename))
    expect((await remove(doc)).status).toBe(200)
  })

  it('a byte-range request gets 206 with exactly those bytes', async () => {
    const doc = await upload('harbour-range.png')
    await expectFirstHundredBytes(await get(doc.url, { Range: 'bytes=0-99' }), original)
    expect((await remove(doc)).status).toBe(200)
  })

  it('deleting the document removes the file and its sizes from the bucket', async () => {
    const doc = await upload('harbour-deleted.png')
    expect(await s3.keys()).toEqual(keysOf(doc))
    expect((await remove(doc)).status).toBe(200)
    expect(await s3.keys()).toEqual([])
    expect((await get(doc.url)).status).toBe(404)
  })
})
