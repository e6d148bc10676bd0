import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'otplib'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, screenshot } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

let site: RunningSite
let browser: Browser
let secret: string
let recoveryCodes: string[]
const contexts: BrowserContext[] = []

const WRONG = {
  en: 'This code is not valid or was already used.',
  fr: 'Ce code n’est pas valide ou a déjà été utilisé.',
}

beforeAll(async () => {
  // The policy of a real deployment: the seeded admin (README's quickstart) must enrol.
  site = await startProductionServer({ TWO_FACTOR_REQUIRED_ROLES: 'admin,communications' })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await site?.stop()
})

const codeOf = (ahead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 })

/** A fresh browser (no cookie) on the login page, with the e-mail and password typed and sent. */
async function passwordStep(locale: 'en-CA' | 'fr-CA' = 'en-CA'): Promise<Page> {
  const context = await browser.newContext({ locale })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${site.base}/admin/login`)
  await page.waitForLoadState('networkidle')
  await page.fill('#field-email', ADMIN.email)
  await page.fill('#field-password', ADMIN.password)
  await page.click('button[type=submit]')
  return page
}

async function sendCode(page: Page, code: string) {
  await page.fill('#field-two-factor-code', code)
  await page.click('form.two-factor-code button[type=submit]')
}

const cookieOf = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'payload-token')

describe('two-factor sign-in in the admin (Chromium)', () => {
  it('the seeded admin enrols from the login page: QR code, first code, ten recovery codes, then the dashboard', async () => {
    const page = await passwordStep()
    await page.waitForSelector('.two-factor-enrolment img[alt=QR]')
    expect(await cookieOf(page)).toBeUndefined()
    // Without the second factor, the admin stays closed.
    const other = await page.context().newPage()
    await other.goto(`${site.base}/admin`)
    await other.waitForURL(/\/admin\/login/)
    await other.close()

    secret = (await page.textContent('.two-factor-enrolment__key'))!.trim()
    await screenshot(page, 'two-factor-enrolment')
    await page.fill('#field-two-factor-code', await codeOf())
    await page.click('.two-factor-enrolment button[type=submit]')
    await page.waitForSelector('.two-factor-recovery__codes li')
    recoveryCodes = await page.locator('.two-factor-recovery__codes li').allTextContents()
    expect(recoveryCodes).toHaveLength(10)
    await screenshot(page, 'two-factor-recovery-codes')
    await page.click('.two-factor-recovery button')
    await page.waitForURL(/\/admin\/?$/)
    expect(await cookieOf(page)).toBeDefined()
  }, 120_000)

  it('asks for the code after the password, refuses a wrong one, and signs in with the right one', async () => {
    const page = await passwordStep()
    await page.waitForSelector('#field-two-factor-code')
    expect(await cookieOf(page)).toBeUndefined()
    const right = await codeOf(1)
    await sendCode(page, right === '123456' ? '654321' : '123456')
    await expect(page.locator('.two-factor-error').textContent()).resolves.toBe(WRONG.en)
    expect(await cookieOf(page)).toBeUndefined()
    await sendCode(page, right)
    await page.waitForURL(/\/admin\/?$/)
    expect(await cookieOf(page)).toBeDefined()

    // The same code, in another browser: refused.
    const again = await passwordStep()
    await again.waitForSelector('#field-two-factor-code')
    await sendCode(again, right)
    await expect(again.locator('.two-factor-error').textContent()).resolves.toBe(WRONG.en)
  }, 120_000)

  it('signs in once with a recovery code, in French; the same recovery code is refused after', async () => {
    const page = await passwordStep('fr-CA')
    await page.waitForSelector('#field-two-factor-code')
    await expect(page.locator('form.two-factor-code p').first().textContent()).resolves.toBe(
      'Connexion à deux facteurs : saisissez le code de votre application d’authentification, ou un code de récupération.',
    )
    await sendCode(page, '000000' === (await codeOf(0)) ? '111111' : '000000')
    await expect(page.locator('.two-factor-error').textContent()).resolves.toBe(WRONG.fr)
    await screenshot(page, 'two-factor-code-fr')
    await sendCode(page, recoveryCodes[0])
    await page.waitForURL(/\/admin\/?$/)

    const again = await passwordStep('fr-CA')
    await again.waitForSelector('#field-two-factor-code')
    await sendCode(again, recoveryCodes[0])
    await expect(again.locator('.two-factor-error').textContent()).resolves.toBe(WRONG.fr)
  }, 120_000)

  it('an admin resets a user’s second factor from the user’s page; the audit trail names the admin', async () => {
    // The admin signs in over REST with a recovery code (their app's codes are spent by now).
    const first = await apiJson(site, '/users/login', {
      method: 'POST',
      body: JSON.stringify(ADMIN),
    })
    const admin = await apiJson(site, '/users/two-factor/verify', {
      method: 'POST',
      body: JSON.stringify({ challenge: first.errors[0].data.challenge, code: recoveryCodes[5] }),
    })
    const email = `communications-reset@e2e.test`
    const password = 'a-communications-password-for-e2e'
    const created = await apiJson(site, '/users', {
      method: 'POST',
      token: admin.token,
      body: JSON.stringify({ email, password, name: 'Reset Me', role: 'communications' }),
    })
    const id = created.doc.id
    const step1 = await apiJson(site, '/users/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    })
    const challenge = step1.errors[0].data.challenge
    const setup = await apiJson(site, '/users/two-factor/setup', {
      method: 'POST',
      body: JSON.stringify({ challenge }),
    })
    const code = await generate({ secret: setup.secret })
    await apiJson(site, '/users/two-factor/enable', {
      method: 'POST',
      body: JSON.stringify({ challenge, enrolment: setup.enrolment, code }),
    })

    const context = await browser.newContext({ locale: 'en-CA' })
    contexts.push(context)
    await context.addCookies([{ name: 'payload-token', value: admin.token, url: site.base }])
    const page = await context.newPage()
    await page.goto(`${site.base}/admin/collections/users/${id}`)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('.two-factor-field__status').textContent()).resolves.toBe(
      'Two-factor sign-in: On',
    )
    page.once('dialog', (dialog) => void dialog.accept())
    await page.click('.two-factor-field button')
    await expect(page.locator('.two-factor-field [role=status]').textContent()).resolves.toBe(
      'Two-factor sign-in was reset: Reset Me sets it up again at the next sign-in.',
    )
    await expect(page.locator('.two-factor-field__status').textContent()).resolves.toBe(
      'Two-factor sign-in: Off',
    )
    await screenshot(page, 'two-factor-reset')

    const user = await apiJson(site, `/users/${id}`, { token: admin.token })
    expect(user.twoFactorEnabled).toBe(false)
    const audit = await apiJson(
      site,
      `/audit-log?where[documentId][equals]=${id}&where[action][equals]=update&sort=-at&limit=1`,
      { token: admin.token },
    )
    expect(audit.docs[0].userEmail).toBe(ADMIN.email)
    expect(audit.docs[0].changes).toContainEqual({
      field: 'twoFactorEnabled',
      before: 'true',
      after: 'false',
    })
    const again = await apiJson(site, '/users/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    })
    expect(again.errors[0].data.twoFactorEnrolmentRequired).toBe(true)
  }, 120_000)
})
