import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, signIn as signInAs, screenshot } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

type Language = 'en' | 'fr'

const FRENCH_SPEAKER = { email: 'francine@e2e.test', password: 'francine-communications-pw' }
const ENGLISH_SPEAKER = { email: 'edward@e2e.test', password: 'edward-communications-pw' }

const banner = {
  en: { en: 'You are editing the English content', fr: 'You are editing the French content' },
  fr: { en: 'Vous modifiez le contenu anglais', fr: 'Vous modifiez le contenu français' },
} as const

/** Payload's toast on a refused save; the field itself is outlined as invalid. */
const fieldInvalid = {
  en: 'The following field is invalid: title',
  fr: 'Le champ suivant n’est pas valide : title',
} as const

const missingColumn = { en: 'French incomplete: missing', fr: 'Français incomplet : manque' }
const titleLabel = { en: 'Title', fr: 'Titre' }

let site: RunningSite
let browser: Browser
let adminToken: string
let storyId: number

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

const signIn = (context: BrowserContext, who: { email: string; password: string }) =>
  signInAs(context, site.base, who)

/** The admin's language as a person chooses it (Account → Language keeps it in this cookie). */
const speak = (context: BrowserContext, language: Language) =>
  context.addCookies([{ name: 'payload-lng', value: language, url: site.base }])

const contentLocaleOf = (page: Page) => new URL(page.url()).searchParams.get('locale')

async function bannerText(page: Page): Promise<string> {
  const shown = page.locator('.content-locale-banner strong')
  await shown.waitFor({ timeout: 60_000 })
  return shown.innerText()
}

async function signOut(page: Page): Promise<void> {
  await page.goto(`${site.base}/admin/logout`)
  await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
}

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  adminToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })).token
  for (const person of [FRENCH_SPEAKER, ENGLISH_SPEAKER]) {
    await api('/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ ...person, name: person.email.split('@')[0], role: 'communications' }),
    })
  }
  const story = await api('/stories?locale=en', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({ title: 'Both languages', slug: 'both-languages', _status: 'published' }),
  })
  storyId = story.doc.id
  await api(`/stories/${storyId}?locale=fr`, {
    method: 'PATCH',
    token: adminToken,
    body: JSON.stringify({ title: 'Les deux langues' }),
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the content locale starts as the admin language', () => {
  it('a French speaker’s new story opens in French; an English speaker’s in English, after French was used in the same browser', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })

    await speak(context, 'fr')
    const french = await signIn(context, FRENCH_SPEAKER)
    await french.goto(`${site.base}/admin/collections/stories/create`)
    await french.waitForURL(/locale=fr/)
    expect(contentLocaleOf(french)).toBe('fr')
    await expect(bannerText(french)).resolves.toBe(banner.fr.fr)
    await screenshot(french, 'locales-create-new-fr')
    await signOut(french)

    await speak(context, 'en')
    const english = await signIn(context, ENGLISH_SPEAKER)
    // This person opens a French document first: Payload would keep French for what follows.
    await english.goto(`${site.base}/admin/collections/stories/${storyId}?locale=fr`)
    await expect(bannerText(english)).resolves.toBe(banner.en.fr)
    await screenshot(english, 'locales-french-document-en')
    await english.goto(`${site.base}/admin/collections/stories/create`)
    await english.waitForURL(/locale=en/)
    expect(contentLocaleOf(english)).toBe('en')
    await expect(bannerText(english)).resolves.toBe(banner.en.en)
    await screenshot(english, 'locales-create-new-en')
    await context.close()
  })
})

describe.each(['en', 'fr'] as const)('in the %s admin', (language) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await browser.newContext({ locale: language === 'fr' ? 'fr-CA' : 'en-CA' })
    await speak(context, language)
    page = await signIn(context, language === 'fr' ? FRENCH_SPEAKER : ENGLISH_SPEAKER)
  }, 120_000)

  afterAll(async () => {
    await context?.close()
  })

  it('the banner names the content locale and switches it', async () => {
    await page.goto(`${site.base}/admin/collections/stories/${storyId}`)
    await page.waitForURL(new RegExp(`locale=${language}`))
    await expect(bannerText(page)).resolves.toBe(banner[language][language])
    await screenshot(page, `locales-banner-${language}`)
    const other: Language = language === 'en' ? 'fr' : 'en'
    await page.locator(`[data-switch-locale=${other}]`).click()
    await page.waitForURL(new RegExp(`locale=${other}`))
    await page.locator(`.content-locale-banner[data-content-locale=${other}]`).waitFor()
    await expect(bannerText(page)).resolves.toBe(banner[language][other])
    await screenshot(page, `locales-banner-switched-${language}`)
  })

  it('publishing from the French view without an English title is refused, the title flagged', async () => {
    await page.goto(`${site.base}/admin/collections/stories/create?locale=fr`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await page.locator('#field-title').fill(`Récit sans anglais ${language}`)
    await page.locator('#action-save').click()
    const field = page.locator('.field-type.text.error', { has: page.locator('#field-title') })
    await field.waitFor({ timeout: 30_000 })
    await page.getByText(fieldInvalid[language]).first().waitFor({ timeout: 30_000 })
    await screenshot(page, `locales-publish-refused-${language}`)
    const found = await api(
      `/stories?where[title][equals]=${encodeURIComponent(`Récit sans anglais ${language}`)}&locale=fr&draft=true`,
      { token: adminToken },
    )
    expect(found.docs.filter((doc: { _status: string }) => doc._status === 'published')).toEqual([])
  })

  it('a story with its English and no French publishes and lists as French incomplete', async () => {
    const title = `English only ${language}`
    const created = await api('/stories?locale=en', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ title, slug: `english-only-${language}`, _status: 'published' }),
    })
    expect(created.doc._status).toBe('published')
    await page.goto(
      `${site.base}/admin/collections/stories?where[frenchIncomplete][equals]=true&limit=100`,
    )
    const row = page.locator(`tbody tr:has(a[href*="/collections/stories/${created.doc.id}"])`)
    await row.waitFor({ timeout: 60_000 })
    await screenshot(page, `locales-list-incomplete-${language}`)
    await expect(
      page.locator('th', { hasText: missingColumn[language] }).isVisible(),
    ).resolves.toBe(true)
    await expect(row.getByText(titleLabel[language], { exact: true }).isVisible()).resolves.toBe(
      true,
    )

    await api(`/stories/${created.doc.id}?locale=fr`, {
      method: 'PATCH',
      token: adminToken,
      body: JSON.stringify({ title: `Anglais seulement ${language}` }),
    })
    await page.reload()
    await page.locator('.collection-list').first().waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await expect(row.count()).resolves.toBe(0)
    await screenshot(page, `locales-list-translated-${language}`)
  })
})
