import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SanitizedConfig } from 'payload'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'
import { launchChromium, screenshot, signIn } from '../helpers/browser'
import { configTexts, SAME_IN_BOTH_LANGUAGES } from '../helpers/configLabels'
import { harbourPng } from '../helpers/mediaFiles'
import { connectPayload } from '../helpers/payload'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

let site: RunningSite
let browser: Browser
let context: BrowserContext
let page: Page
let token: string
/** The project's English texts that differ in French: none may show in the French admin. */
let englishOnly: string[]
let config: SanitizedConfig

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether `text` holds `word` as a whole word (or phrase), not inside a longer word. */
const containsWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}\\d])${escape(word)}($|[^\\p{L}\\d])`, 'u').test(text)

/**
 * The English labels visible on the page, as whole words (an English label inside a French one,
 * "Ajouter Link", counts). The content locale is French too, so the documents' own text is French;
 * rich text being edited is content, not a label, and is left out.
 */
async function visibleEnglish(on: Page = page): Promise<string[]> {
  const text = await on.evaluate(() => {
    const content = [...document.querySelectorAll<HTMLElement>('[contenteditable]')]
    content.forEach((node) => (node.style.display = 'none'))
    const visible = document.body.innerText
    content.forEach((node) => (node.style.display = ''))
    return visible
  })
  return englishOnly.filter((english) => containsWord(text, english))
}

/** Opens an admin page in French, screenshots it and returns the English labels found on it. */
async function visit(path: string, name: string): Promise<string[]> {
  const separator = path.includes('?') ? '&' : '?'
  await page.goto(`${site.base}/admin${path}${separator}locale=fr`)
  await page.waitForLoadState('networkidle')
  await screenshot(page, `french-${name}-fr`)
  return (await visibleEnglish()).map((english) => `${name}: ${english}`)
}

/** Each tab of an edit view in turn: a tab's fields are only rendered while it is open. */
async function visitTabs(name: string): Promise<string[]> {
  const found: string[] = []
  const tabs = page.locator('.tabs-field__tab-button')
  const count = await tabs.count()
  for (let index = 0; index < count; index++) {
    await tabs.nth(index).click()
    await page.waitForLoadState('networkidle')
    await screenshot(page, `french-${name}-tab${index + 1}-fr`)
    found.push(...(await visibleEnglish()).map((english) => `${name} tab ${index + 1}: ${english}`))
  }
  return found
}

beforeAll(async () => {
  site = await startProductionServer()
  // The config is read (never connected) for its texts, on the server's own database URL.
  process.env.DATABASE_URL = site.database.url
  const { default: configPromise } = await import('@payload-config')
  config = await configPromise
  const texts = await configTexts(config)
  // A word that French uses too ("URL" in "Partie de l’URL publique") is no English left behind.
  const frenchWords = texts.flatMap((text) => (text.fr ? [text.fr] : []))
  englishOnly = [
    ...new Set(
      texts
        // English where French differs, and any text left without French (English or a field name).
        .filter((text) => text.fr !== text.en && !SAME_IN_BOTH_LANGUAGES.has(text.en))
        .filter((text) => !text.path.startsWith('i18n.translations.badInput'))
        .map((text) => text.en),
    ),
  ].filter((english) => !frenchWords.some((french) => containsWord(french, english)))
  ;({ token } = await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) }))
  // A webhook and one publish, so that the deliveries list has an entry to open.
  await api('/webhooks', {
    method: 'POST',
    token,
    body: JSON.stringify({ name: 'Front end', url: 'http://127.0.0.1:9/hook' }),
  })
  // A redirect, so that the redirects list has an entry to open (the seed writes none).
  await api('/redirects', {
    method: 'POST',
    token,
    body: JSON.stringify({ from: '/ancienne-adresse', to: { type: 'custom', url: '/clusters' } }),
  })
  await api('/api-clients', {
    method: 'POST',
    token,
    body: JSON.stringify({ name: 'Site public', description: 'Le site de référence' }),
  })
  // An image, so that the media edit view has a document to open.
  const form = new FormData()
  const png = new Uint8Array(await harbourPng())
  form.append('file', new Blob([png], { type: 'image/png' }), 'port.png')
  form.append('_payload', JSON.stringify({ alt: 'Le port de Montréal' }))
  await fetch(`${site.base}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  await api('/stories?draft=true', {
    method: 'POST',
    token,
    body: JSON.stringify({ title: 'Récit d’essai', edition: '2017-2018' }),
  })
  await api('/organizations', {
    method: 'POST',
    token,
    body: JSON.stringify({
      name: 'Grappe d’essai',
      kind: 'other',
      region: 'sherbrooke',
      _status: 'published',
    }),
  })
  // A release, and a link check (written by the link checker's job only: here through the Local
  // API on the server's database), so that their edit views have a document to open.
  await api('/releases', { method: 'POST', token, body: JSON.stringify({ title: 'Lot d’essai' }) })
  const local = await connectPayload(site.database, site.mediaDir)
  await local.payload.create({
    collection: 'link-checks',
    data: {
      url: 'https://example.org/',
      ok: true,
      status: 200,
      checkedAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
  await local.teardown()
  browser = await launchChromium()
  // The admin's language is French: the browser asks for it, and the admin's own cookie says so.
  context = await browser.newContext({ locale: 'fr-CA' })
  await context.addCookies([{ name: 'payload-lng', value: 'fr', url: site.base }])
  page = await signIn(context, site.base, ADMIN)
}, 300_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await site?.stop()
})

describe('the admin in French', () => {
  it('the dashboard shows no English label of the project', async () => {
    await expect(visit('', 'dashboard')).resolves.toEqual([])
  })

  it.each(Object.values(collectionSlugs))(
    '%s: the list, create and edit views (every tab) show no English label of the project',
    async (slug) => {
      const permissions = await api('/access', { token })
      const found = await visit(`/collections/${slug}`, `${slug}-list`)
      if (permissions.collections[slug]?.create) {
        found.push(...(await visit(`/collections/${slug}/create`, `${slug}-create`)))
        found.push(...(await visitTabs(`${slug}-create`)))
      }
      const [first] = (await api(`/${slug}?limit=1&depth=0&draft=true`, { token })).docs
      expect(first).toBeDefined()
      found.push(...(await visit(`/collections/${slug}/${first.id}`, `${slug}-edit`)))
      found.push(...(await visitTabs(`${slug}-edit`)))
      expect(found).toEqual([])
    },
    180_000,
  )

  it('the check sees English labels: the same edit view in English shows them', async () => {
    const english = await browser.newContext({ locale: 'en-CA' })
    await english.addCookies([{ name: 'payload-lng', value: 'en', url: site.base }])
    const inEnglish = await signIn(english, site.base, ADMIN)
    const [cluster] = (await api('/clusters?limit=1&depth=0', { token })).docs
    await inEnglish.goto(`${site.base}/admin/collections/clusters/${cluster.id}?locale=en`)
    await inEnglish.waitForLoadState('networkidle')
    await screenshot(inEnglish, 'french-clusters-edit-en')
    const found = await visibleEnglish(inEnglish)
    await english.close()
    expect(found).toEqual(expect.arrayContaining(['Submitted by', 'Review comment', 'Figures']))
  })

  it('the page builder lists its blocks in French', async () => {
    await visit('/collections/pages/create', 'pages-blocks')
    await page.getByText('Ajouter Bloc', { exact: true }).click()
    // The drawer lists the blocks by name.
    await page.getByText('Texte enrichi', { exact: true }).waitFor()
    await screenshot(page, 'french-pages-blocks-drawer-fr')
    await expect(visibleEnglish()).resolves.toEqual([])
  })

  it.each(Object.values(globalSlugs))(
    'the global %s shows no English label of the project',
    async (slug) => {
      const found = await visit(`/globals/${slug}`, `${slug}-global`)
      found.push(...(await visitTabs(`${slug}-global`)))
      expect(found).toEqual([])
    },
  )
})
