import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { imagesOnPage, launchChromium, screenshot, signIn } from '../helpers/browser'
import { saveDraft, uploadClusterLogo } from '../helpers/mediaSteps'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const SECRETARIAT = { email: 'aero-media@e2e.test', password: 'aero-media-secretariat-pw' }
const ALT = {
  en: { logo: 'The cluster’s logo', hero: 'Assembly hall', org: 'Secretariat logo' },
  fr: { logo: 'Le logo de la grappe', hero: 'Hall d’assemblage', org: 'Logo du secrétariat' },
}
const ALT_MORE = {
  en: { company: 'Company logo', story: 'Take-off', ambassador: 'Portrait', page: 'Montréal' },
  fr: {
    company: 'Logo d’entreprise',
    story: 'Décollage',
    ambassador: 'Portrait',
    page: 'Montréal',
  },
}

let site: RunningSite
let browser: Browser
let token: string
let aerospace: { id: number; secretariat: number }
let logoFile: string
let storySlug: string
const media: Record<string, number> = {}

const api = (p: string, init: RequestInit = {}) => apiJson(site, p, { ...init, token })

/** Uploads a file as the admin (the shared library), with its alt text in both languages. */
async function upload(name: string, data: Buffer, type: string, alt: { en: string; fr: string }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: alt.en }))
  const response = await fetch(`${site.base}/api/media?locale=en`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const { doc } = await response.json()
  await api(`/media/${doc.id}?locale=fr`, {
    method: 'PATCH',
    body: JSON.stringify({ alt: alt.fr }),
  })
  return doc.id as number
}

const png = (width: number, height: number, blue: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 60, b: blue } } })
    .png()
    .toBuffer()

/** The smallest MP4 a sniffer recognizes (an `ftyp` box and an empty `mdat`). */
const mp4 = () =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2', 'latin1'),
    Buffer.from([0, 0, 0, 8]),
    Buffer.from('mdat', 'latin1'),
  ])

async function publish(collection: string, id: number, data: Record<string, unknown>) {
  const result = await api(`/${collection}/${id}`, {
    method: 'PATCH',
    body: JSON.stringify({ ...data, _status: 'published' }),
  })
  if (!result.doc) throw new Error(`publish ${collection} ${id}: ${JSON.stringify(result)}`)
  return result.doc
}

type Seen = { alt: string; loaded: boolean; status: number; type: string | null }

/** Every image `selector` finds on `path`: its alt text, drawn by Chromium, and its HTTP answer. */
async function imagesOn(pathname: string, selector: string): Promise<Seen[]> {
  const found = await imagesOnPage(browser, `${site.base}${pathname}`, selector)
  return Promise.all(found.map(async ({ src, ...rest }) => ({ ...rest, ...(await answer(src)) })))
}

async function answer(url: string) {
  const response = await fetch(url)
  await response.arrayBuffer()
  return { status: response.status, type: response.headers.get('content-type') }
}

/** Draws an image URL in Chromium (a poster or a sharing image is not an `img` of the page). */
async function drawn(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const image = new Image()
        image.onload = () => resolve(image.naturalWidth > 0)
        image.onerror = () => resolve(false)
        image.src = src
      }),
    url,
  )
}

const shown = (alt: string): Seen => ({ alt, loaded: true, status: 200, type: 'image/webp' })

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  token = (await apiJson(site, '/users/login', { method: 'POST', body: JSON.stringify(ADMIN) }))
    .token
  aerospace = (await api('/clusters?where[slug][equals]=aerospace&depth=0')).docs[0]
  await api('/users', {
    method: 'POST',
    body: JSON.stringify({
      ...SECRETARIAT,
      name: 'Alex Aero',
      role: 'secretariat',
      organization: aerospace.secretariat,
    }),
  })
  logoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-logo-')), 'logo.png')
  fs.writeFileSync(logoFile, await png(600, 300, 200))

  // Seeded content with every kind of image, published by communications.
  media.hero = await upload('hero.png', await png(2000, 1000, 120), 'image/png', {
    en: ALT.en.hero,
    fr: ALT.fr.hero,
  })
  media.logo = await upload('cluster-logo.png', await png(1200, 600, 60), 'image/png', {
    en: ALT.en.logo,
    fr: ALT.fr.logo,
  })
  media.org = await upload('org-logo.png', await png(1200, 600, 90), 'image/png', {
    en: ALT.en.org,
    fr: ALT.fr.org,
  })
  // Large enough for every WebP size (the hero size is 1920 wide, never enlarged).
  const more = async (key: keyof (typeof ALT_MORE)['en'], blue: number) =>
    upload(`${key}.png`, await png(2000, 1200, blue), 'image/png', {
      en: ALT_MORE.en[key],
      fr: ALT_MORE.fr[key],
    })
  media.company = await more('company', 30)
  media.story = await more('story', 150)
  media.ambassador = await more('ambassador', 180)
  media.page = await more('page', 210)
  media.video = await upload('story.mp4', mp4(), 'video/mp4', { en: 'Video', fr: 'Vidéo' })

  await publish('clusters', aerospace.id, { logo: media.logo, heroImage: media.hero })
  await publish('organizations', aerospace.secretariat, { logo: media.org })
  const company = (await api('/companies?sort=name&limit=1&depth=0')).docs[0]
  await publish('companies', company.id, { logo: media.company })
  const ambassador = (await api('/ambassadors?sort=order&limit=1&depth=0')).docs[0]
  await publish('ambassadors', ambassador.id, { photo: media.ambassador })
  const page = (await api('/pages?where[slug][equals]=technopolys-movement&depth=0')).docs[0]
  await publish('pages', page.id, { seo: { image: media.page } })
  const story = await api('/stories', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Take-off in Mirabel',
      heroImage: media.story,
      video: media.video,
      seo: { image: media.page },
      _status: 'published',
    }),
  })
  storySlug = story.doc.slug
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  if (logoFile) fs.rmSync(path.dirname(logoFile), { recursive: true, force: true })
})

describe('a secretariat uploads its cluster’s logo', () => {
  it.each(['en', 'fr'] as const)(
    'from the cluster’s edit view, and saves a draft (%s)',
    async (language) => {
      const context = await browser.newContext({ locale: language === 'fr' ? 'fr-CA' : 'en-CA' })
      const page = await signIn(context, site.base, SECRETARIAT)
      await page.goto(`${site.base}/admin/collections/clusters/${aerospace.id}`)
      await page.locator('#field-logo').waitFor()
      await screenshot(page, `media-edit-${language}`)
      const alt = `${ALT[language].logo} (${language})`
      const step = (name: string) => screenshot(page, `media-${name}-${language}`)
      await uploadClusterLogo(page, logoFile, alt, step)
      await saveDraft(page, step)
      await page.goto(`${site.base}/admin/collections/clusters`)
      await page.waitForLoadState('networkidle')
      await context.close()

      const draft = await api(`/clusters/${aerospace.id}?draft=true&depth=1`)
      expect(draft.logo.id).not.toBe(media.logo)
      const uploaded = await api(`/media/${draft.logo.id}?depth=0&locale=${language}`)
      expect([uploaded.organization, uploaded.alt]).toEqual([aerospace.secretariat, alt])
      expect(uploaded.filename).toMatch(/^logo(-\d+)?\.png$/)
      // Published readers still see the reviewed logo until communications publishes.
      const live = await apiJson(site, `/clusters/${aerospace.id}?depth=0`)
      expect(live.logo).toBe(media.logo)
    },
  )
})

describe('the site shows every image attached, with its alt text in the reader’s language', () => {
  it.each(['en', 'fr'] as const)(
    'a cluster: logo, hero image, secretariat logo (%s)',
    async (l) => {
      expect(await imagesOn(`/${l}/clusters/aerospace`, 'main img.cluster-logo')).toEqual([
        shown(ALT[l].logo),
      ])
      expect(await imagesOn(`/${l}/clusters/aerospace`, 'main img.hero-image')).toEqual([
        shown(ALT[l].hero),
      ])
      expect(await imagesOn(`/${l}/clusters/aerospace`, 'main img.secretariat-logo')).toEqual([
        shown(ALT[l].org),
      ])
      expect(await imagesOn(`/${l}/clusters`, 'main img.cluster-logo')).toEqual([
        shown(ALT[l].logo),
      ])
    },
  )

  it.each(['en', 'fr'] as const)('a company’s logo (%s)', async (l) => {
    expect(await imagesOn(`/${l}/companies`, 'main img.logo')).toEqual([shown(ALT_MORE[l].company)])
  })

  it.each(['en', 'fr'] as const)('an ambassador’s photo (%s)', async (l) => {
    expect(await imagesOn(`/${l}/ambassadors`, 'main img.portrait')).toEqual([
      shown(ALT_MORE[l].ambassador),
    ])
  })

  it.each(['en', 'fr'] as const)(
    'a story: its image, the video’s poster and the sharing image (%s)',
    async (l) => {
      expect(await imagesOn(`/${l}/stories/${storySlug}`, 'main img.hero-image')).toEqual([
        shown(ALT_MORE[l].story),
      ])
      const page = await browser.newPage()
      await page.goto(`${site.base}/${l}/stories/${storySlug}`)
      const poster = await page.locator('main video').getAttribute('poster')
      const sharing = await page.locator('meta[property="og:image"]').getAttribute('content')
      const sharingAlt = await page.locator('meta[property="og:image:alt"]').getAttribute('content')
      expect(poster).toMatch(/\/api\/media\/file\/story-\d+x\d+\.webp$/)
      const posterUrl = `${site.base}${new URL(poster!, site.base).pathname}`
      expect([await drawn(page, posterUrl), await answer(posterUrl)]).toEqual([
        true,
        { status: 200, type: 'image/webp' },
      ])
      expect(sharing).toMatch(/\/api\/media\/file\/page-800x600\.webp$/)
      expect(sharingAlt).toBe(ALT_MORE[l].page)
      expect(await drawn(page, `${site.base}${new URL(sharing!).pathname}`)).toBe(true)
      await page.close()
    },
  )

  it.each(['en', 'fr'] as const)('a page: its sharing image (%s)', async (l) => {
    const page = await browser.newPage()
    const response = await page.goto(`${site.base}/${l}/technopolys-movement`)
    expect(response?.status()).toBe(200)
    const sharing = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(
      ALT_MORE[l].page,
    )
    const local = `${site.base}${new URL(sharing!).pathname}`
    expect([await drawn(page, local), await answer(local)]).toEqual([
      true,
      { status: 200, type: 'image/webp' },
    ])
    await page.close()
  })
})
