import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { TEST_PASSWORD } from '../helpers/users'

/** The admin's sign-in form in Chromium against the production server: the throttle's message. */
let site: RunningSite
let browser: Browser
let adminToken: string

async function newUser(name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@test.grappes.local`
  const created = await apiAnswer(site, '/users', {
    method: 'POST',
    token: adminToken,
    body: { name, email, password: TEST_PASSWORD, role: 'communications' },
  })
  expect(created.status).toBe(201)
  return { email, id: created.body.doc.id as number }
}

/** Submits the form with `password` and returns the status of the sign-in it sent. */
async function submit(page: Page, email: string, password: string): Promise<number> {
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/users/login')),
    page.click('button[type=submit]'),
  ])
  return response.status()
}

async function throttledInTheForm(language: 'en' | 'fr', email: string): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'fr' ? 'fr-CA' : 'en-CA' })
  await context.addCookies([{ name: 'payload-lng', value: language, url: site.base }])
  const page = await context.newPage()
  await page.goto(`${site.base}/admin/login`)
  await page.waitForLoadState('networkidle')
  const statuses: number[] = []
  for (let i = 0; i < 6; i++) statuses.push(await submit(page, email, 'not-the-right-password'))
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  return page
}

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = (await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })).body.token
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the admin sign-in form, throttled', () => {
  it('says how long to wait and whom to ask, in English', async () => {
    const { email, id } = await newUser('Form English')
    const page = await throttledInTheForm('en', email)
    const message = page.getByText(
      /Too many failed sign-ins to this account from here\. Try again in 2 seconds\./,
    )
    await message.waitFor({ timeout: 15_000 })
    expect(await message.first().textContent()).toContain(
      'ask a Grappes administrator to lift the wait',
    )
    await page.waitForTimeout(600) // the toast slides in
    await screenshot(page, 'sign-in-throttled-en')

    // An admin sees it on the user and lifts it; the form then signs the person in.
    const adminPage = await signIn(await browser.newContext(), site.base, ADMIN)
    await adminPage.goto(`${site.base}/admin/collections/users/${id}`)
    await adminPage.waitForLoadState('networkidle')
    await adminPage.getByRole('button', { name: 'Lift the sign-in wait' }).click()
    await adminPage.getByText(`The sign-in wait of ${email} is lifted.`).waitFor()
    expect(await submit(page, email, TEST_PASSWORD)).toBe(200)
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  })

  it('says it in French in the French admin', async () => {
    const { email } = await newUser('Form French')
    const page = await throttledInTheForm('fr', email)
    const message = page.getByText(
      /Trop de connexions échouées à ce compte depuis cet endroit\. Réessayez dans 2 secondes\./,
    )
    await message.waitFor({ timeout: 15_000 })
    expect(await message.first().textContent()).toContain('administrateur de Grappes')
    await page.waitForTimeout(600)
    await screenshot(page, 'sign-in-throttled-fr')
  })
})
