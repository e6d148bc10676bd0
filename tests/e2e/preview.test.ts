import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, signIn as signInAs } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const SECRETARIAT = {
  name: 'Marie Gagnon',
  email: 'aero-preview@e2e.test',
  password: 'aero-secretariat-password',
}
const AEROSPACE_DRAFT = 'Aerospace draft summary, not yet published'
const FINANCE_DRAFT = 'Finance draft summary, another organization'
/** Short enough for the expiry test to wait it out, long enough for the other tests to use links. */
const LINK_TTL_SECONDS = 40

let site: RunningSite
let browser: Browser
let aerospaceId: number
let financeId: number

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

const signIn = (context: BrowserContext, who: { email: string; password: string }) =>
  signInAs(context, site.base, who)

/** The link behind the admin's Preview button of a cluster, as the signed-in user sees it. */
async function previewLinkOf(page: Page, clusterId: number): Promise<string> {
  await page.goto(`${site.base}/admin/collections/clusters/${clusterId}`)
  const button = page.locator('#preview-button')
  await button.waitFor({ timeout: 60_000 })
  const href = await button.getAttribute('href')
  if (!href) throw new Error('the Preview button has no link')
  return href
}

async function mainText(page: Page, path: string): Promise<string> {
  await page.goto(`${site.base}${path}`)
  return page.locator('main').innerText()
}

beforeAll(async () => {
  site = await startProductionServer({ PREVIEW_LINK_TTL_SECONDS: String(LINK_TTL_SECONDS) })
  browser = await launchChromium()
  const { token } = await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
  const cluster = async (slug: string) =>
    (await api(`/clusters?where[slug][equals]=${slug}&depth=0`, { token })).docs[0]
  const aerospace = await cluster('aerospace')
  aerospaceId = aerospace.id
  financeId = (await cluster('finance')).id
  await api('/users', {
    method: 'POST',
    token,
    body: JSON.stringify({
      ...SECRETARIAT,
      role: 'secretariat',
      organization: aerospace.secretariat,
    }),
  })
  const saveDraft = (id: number, summary: string) =>
    api(`/clusters/${id}?draft=true`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ summary, _status: 'draft' }),
    })
  await saveDraft(aerospaceId, AEROSPACE_DRAFT)
  await saveDraft(financeId, FINANCE_DRAFT)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('preview as the person previewing', () => {
  it("a secretariat previews its own cluster's draft and never another organization's", async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const admin = await signIn(context, SECRETARIAT)
    const link = await previewLinkOf(admin, aerospaceId)
    const page = await context.newPage()
    await page.goto(link)
    expect(new URL(page.url()).pathname).toBe('/en/clusters/aerospace')
    expect(await page.locator('main').innerText()).toContain(AEROSPACE_DRAFT)

    const finance = await mainText(page, '/en/clusters/finance')
    expect(finance).not.toContain(FINANCE_DRAFT)
    expect(finance).toContain('Finance')
    expect(await mainText(page, '/en/clusters')).not.toContain(FINANCE_DRAFT)
    await context.close()
  })

  it("the admin's Live Preview pane shows the draft being edited", async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const page = await signIn(context, SECRETARIAT)
    await page.goto(`${site.base}/admin/collections/clusters/${aerospaceId}`)
    await page.locator('#live-preview-toggler').click()
    const pane = page.frameLocator('#live-preview-iframe')
    await pane.getByText(AEROSPACE_DRAFT).first().waitFor({ timeout: 60_000 })
    await context.close()
  })

  // The pane is reloaded rather than refreshed in place: the signed link's expiry is computed at each
  // save, so Payload sees a new address (see the closing note of issue 10 and README, previews).
  it('saving a draft in the admin shows the saved draft in the Live Preview pane', async () => {
    const edited = 'Aerospace draft summary, edited beside the live preview'
    const context = await browser.newContext({ locale: 'en-CA' })
    // Not the secretariat: the admin remembers per user that its pane is open, and a click would close it.
    const page = await signIn(context, ADMIN)
    await page.goto(`${site.base}/admin/collections/clusters/${aerospaceId}`)
    await page.locator('#live-preview-toggler').click()
    const pane = page.frameLocator('#live-preview-iframe')
    await pane.getByText(AEROSPACE_DRAFT).first().waitFor({ timeout: 60_000 })
    await page.locator('#field-summary').fill(edited)
    await page.click('#action-save-draft')
    await pane.getByText(edited).first().waitFor({ timeout: 30_000 })

    await page.locator('#field-summary').fill(AEROSPACE_DRAFT)
    await page.click('#action-save-draft')
    await pane.getByText(AEROSPACE_DRAFT).first().waitFor({ timeout: 30_000 })
    // Closed again: an open pane is remembered and would open the draft on the admin's next visits.
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/payload-preferences/')),
      page.locator('#live-preview-toggler').click(),
    ])
    await page.locator('#live-preview-iframe').waitFor({ state: 'hidden' })
    await context.close()
  })

  it('the draft-mode cookie replayed without a session shows nothing unpublished', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const admin = await signIn(context, ADMIN)
    const page = await context.newPage()
    await page.goto(await previewLinkOf(admin, financeId))
    expect(await page.locator('main').innerText()).toContain(FINANCE_DRAFT)
    const bypass = (await context.cookies()).find(({ name }) => name === '__prerender_bypass')
    expect(bypass?.value).toBeTruthy()
    await context.close()

    const replay = await fetch(`${site.base}/en/clusters/finance`, {
      headers: { cookie: `__prerender_bypass=${bypass?.value}` },
    })
    expect(replay.status).toBe(200)
    const html = await replay.text()
    expect(html).not.toContain(FINANCE_DRAFT)
    expect(html).not.toContain(AEROSPACE_DRAFT)
  })

  it('a preview link opened without a session is refused with 401', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const link = await previewLinkOf(await signIn(context, ADMIN), financeId)
    await context.close()
    const response = await fetch(link, { redirect: 'manual' })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
    expect(await response.text()).toContain('sign in')
  })

  it('a tampered preview link is refused with 403', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const admin = await signIn(context, ADMIN)
    const link = new URL(await previewLinkOf(admin, aerospaceId))
    link.searchParams.set('path', '/en/clusters/finance')
    const page = await context.newPage()
    const response = await page.goto(link.toString())
    expect(response?.status()).toBe(403)
    expect(await page.locator('body').innerText()).toContain('not valid')
    expect((await context.cookies()).map(({ name }) => name)).not.toContain('__prerender_bypass')
    await context.close()
  })

  it('an expired preview link is refused with 403', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const admin = await signIn(context, ADMIN)
    const link = await previewLinkOf(admin, aerospaceId)
    await new Promise((resolve) => setTimeout(resolve, (LINK_TTL_SECONDS + 1) * 1000))
    const page = await context.newPage()
    const response = await page.goto(link)
    expect(response?.status()).toBe(403)
    expect(await page.locator('body').innerText()).toContain('expired')
    expect((await context.cookies()).map(({ name }) => name)).not.toContain('__prerender_bypass')
    await context.close()
  }, 180_000)
})

describe('preview redirects stay on the site', () => {
  const offSite = [
    '//evil.example/x',
    '/\\evil.example/x',
    'https://evil.example/x',
    'http:evil.example',
    '%2F%2Fevil.example%2Fx',
    '%2F%5Cevil.example%2Fx',
    '/%09/evil.example',
    '%2F%0A%2Fevil.example',
    'evil.example',
  ]

  it.each(offSite)('/preview/exit?path=%s is refused with 400', async (path) => {
    const response = await fetch(`${site.base}/preview/exit?path=${path}`, { redirect: 'manual' })
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).toContain('path')
  })

  it.each(offSite)('/preview?path=%s is refused with 400', async (path) => {
    const response = await fetch(`${site.base}/preview?path=${path}&token=x`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).toContain('path')
  })

  it('/preview/exit goes back to an on-site path', async () => {
    const response = await fetch(`${site.base}/preview/exit?path=/en/clusters?region=quebec`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(307)
    const location = new URL(response.headers.get('location') ?? '', site.base)
    expect(location.origin).toBe(site.base)
    expect(location.pathname).toBe('/en/clusters')
  })
})
