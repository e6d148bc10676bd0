import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, signIn as signInAs, screenshot } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const SECRETARIAT = {
  name: 'Marie Gagnon',
  email: 'aero@e2e.test',
  password: 'aero-secretariat-password',
}
const COMMUNICATIONS = {
  name: 'Camille Tremblay',
  email: 'comms@e2e.test',
  password: 'communications-password',
}
const NEW_FIGURE = 'Over 41,000 highly qualified workers'

let site: RunningSite
let browser: Browser
let aerospaceId: number
let financeId: number

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

const signIn = (context: BrowserContext, who: { email: string; password: string }) =>
  signInAs(context, site.base, who)

/** Leaving the edit view releases Payload's document lock, as an editor closing the tab would. */
async function leaveDocument(page: Page): Promise<void> {
  await page.goto(`${site.base}/admin/collections/clusters`)
  await page.waitForLoadState('networkidle')
}

/**
 * Payload locks a document while someone edits it; an editor who finds it locked by a session
 * that ended without leaving takes it over, as the admin offers.
 */
async function takeOverIfLocked(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  const dialog = page.locator('#document-locked')
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: /take over/i }).click()
}

async function publicText(): Promise<string> {
  const page = await browser.newPage()
  await page.goto(`${site.base}/en/clusters/aerospace`)
  const text = await page.locator('main').innerText()
  await page.close()
  return text
}

beforeAll(async () => {
  site = await startProductionServer()
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
  await api('/users', {
    method: 'POST',
    token,
    body: JSON.stringify({ ...COMMUNICATIONS, role: 'communications' }),
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('editing in the admin', () => {
  it('a secretariat changes a key figure of its cluster and submits it for review; the public page keeps the old figure', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const page = await signIn(context, SECRETARIAT)
    await page.goto(`${site.base}/admin/collections/clusters`)
    await expect(page.getByRole('link', { name: 'Finance', exact: true }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Aerospace', exact: true }).click()
    await page.waitForURL(new RegExp(`/admin/collections/clusters/${aerospaceId}`))
    await page.getByRole('button', { name: 'Figures', exact: true }).click()
    const row = page
      .locator('.collapsible', { hasText: 'Over 39,130 highly qualified workers' })
      .last()
    await row.locator('.collapsible__toggle').first().click()
    await page.locator('#field-keyFigures__0__display').fill(NEW_FIGURE)
    await screenshot(page, '2-secretariat-edit')
    // The review state is set by the review actions (it was a select the secretariat picked from).
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page
      .locator('.review-actions__notice[role=status]')
      .getByText('Submitted for review.')
      .waitFor({ timeout: 30_000 })

    const { token } = await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
    const draft = await api(`/clusters/${aerospaceId}?draft=true&depth=0`, { token })
    expect(draft.keyFigures[0].display).toBe(NEW_FIGURE)
    expect(draft.review.state).toBe('in_review')
    const text = await publicText()
    expect(text).toContain('Over 39,130 highly qualified workers')
    expect(text).not.toContain(NEW_FIGURE)
    await leaveDocument(page)
    await context.close()
  })

  it('a secretariat cannot open another organization’s cluster', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const page = await signIn(context, SECRETARIAT)
    await page.goto(`${site.base}/admin/collections/clusters/${financeId}`)
    await page.waitForLoadState('networkidle')
    await screenshot(page, '2-secretariat-other-cluster')
    await expect(page.locator('#field-name').count()).resolves.toBe(0)
    await context.close()
  })

  it('communications finds the submission in the dashboard’s review queue', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const page = await signIn(context, COMMUNICATIONS)
    await page.goto(`${site.base}/admin`)
    const queue = page.locator('section', { hasText: 'Waiting for review' })
    await expect(queue.locator('h2').innerText()).resolves.toBe('Waiting for review (1)')
    await expect(
      queue.getByRole('link', { name: 'Aerospace', exact: true }).getAttribute('href'),
    ).resolves.toBe(`/admin/collections/clusters/${aerospaceId}`)
    await context.close()
  })

  it('communications publishes it, and the public page shows the new figure without a rebuild', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    const page = await signIn(context, COMMUNICATIONS)
    await page.goto(`${site.base}/admin/collections/clusters/${aerospaceId}`)
    await takeOverIfLocked(page)
    await page.locator('#action-save').click()
    await page
      .getByText(/published|updated successfully/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await screenshot(page, '3-communications-published')
    await expect(publicText()).resolves.toContain(NEW_FIGURE)
    await context.close()
  })

  it('the admin speaks French to a French-speaking user', async () => {
    const context = await browser.newContext({ locale: 'fr-CA' })
    const page = await context.newPage()
    await page.goto(`${site.base}/admin/login`)
    await screenshot(page, '4-admin-french')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(page.locator('button[type=submit]').innerText()).resolves.toMatch(
      /Connexion|Se connecter/,
    )
    await context.close()
  })
})
