import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'

import { imagesOnPage, launchChromium } from '../helpers/browser'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

const ALT = 'The port of Montréal at dawn'

let site: RunningSite
let browser: Browser
let token: string
let storySlug: string
let companyName: string

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${site.base}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
  })
  return response.json()
}

/** Publishes `data` on the first document of a collection and returns that document. */
async function publishOnFirst(collection: string, query: string, data: Record<string, unknown>) {
  const found = await api(`/${collection}?${query}&limit=1&depth=0`)
  const doc = found.docs?.[0]
  if (!doc) throw new Error(`no ${collection} for ${query}: ${JSON.stringify(found)}`)
  await api(`/${collection}/${doc.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ ...data, _status: 'published' }),
  })
  return doc
}

/** Every image of `selector` on the page: its alt text, and whether the browser drew it. */
async function imagesOn(path: string, selector: string) {
  const found = await imagesOnPage(browser, `${site.base}${path}`, selector)
  return found.map(({ alt, loaded }) => ({ alt, loaded }))
}

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  const login = await fetch(`${site.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = (await login.json()).token
  const png = await sharp({
    create: { width: 2000, height: 1200, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'harbour.png')
  form.append('_payload', JSON.stringify({ alt: ALT }))
  const upload = await fetch(`${site.base}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const media = (await upload.json()).doc.id
  await publishOnFirst('clusters', 'where[slug][equals]=aerospace', { heroImage: media })
  const story = await api('/stories', {
    method: 'POST',
    body: JSON.stringify({ title: 'Take-off in Mirabel', heroImage: media, _status: 'published' }),
  })
  storySlug = story.doc.slug
  companyName = (await publishOnFirst('companies', 'sort=name', { logo: media })).name
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the public site draws images with their alt text', () => {
  it("a cluster's hero image", async () => {
    expect(await imagesOn('/en/clusters/aerospace', 'main img.hero-image')).toEqual([
      { alt: ALT, loaded: true },
    ])
  })

  it("a story's photo, on its page and on the list", async () => {
    expect(await imagesOn(`/en/stories/${storySlug}`, 'main img.hero-image')).toEqual([
      { alt: ALT, loaded: true },
    ])
    const cards = await imagesOn('/en/stories', 'main img')
    expect(cards).toContainEqual({ alt: ALT, loaded: true })
  })

  it("a company's logo", async () => {
    expect(companyName).toBeTruthy()
    const logos = await imagesOn('/en/companies', 'main img.logo')
    expect(logos).toContainEqual({ alt: ALT, loaded: true })
  })
})
