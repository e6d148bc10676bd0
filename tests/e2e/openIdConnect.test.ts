import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { messages } from '@/i18n/messages'

import { launchChromium, screenshot } from '../helpers/browser'
import { ACCOUNTS, startSso, type Sso } from '../helpers/ssoSite'

const LANGUAGES = [
  { lang: 'en', locale: 'en-CA', login: 'bob', role: 'secretariat' },
  { lang: 'fr', locale: 'fr-CA', login: 'alice', role: 'communications' },
] as const

/** `/api/users/me` as the admin's own scripts ask it: from the page, with its cookie. */
const whoIsSignedIn = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/users/me')).json())

let sso: Sso
let browser: Browser

beforeAll(async () => {
  sso = await startSso()
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await sso?.provider.stop()
  await sso?.site.stop()
})

describe('the admin’s “Sign in with …” button (production server, Chromium)', () => {
  it.each(LANGUAGES)(
    'in $lang, the button signs a person in through the provider, and signing out ends the session',
    async ({ lang, locale, login, role }) => {
      const context = await browser.newContext({ locale })
      await context.addCookies([{ name: 'payload-lng', value: lang, url: sso.site.base }])
      const page = await context.newPage()
      try {
        await page.goto(`${sso.site.base}/admin/login`)
        await page.waitForLoadState('networkidle')
        const button = page.locator('#oidc-sign-in')
        await expect(button.textContent()).resolves.toBe(
          messages[lang].oidcSignInWith.replace('{{provider}}', 'Test ID'),
        )
        await screenshot(page, `oidc-login-${lang}`)
        await button.click()
        await page.waitForURL(`${sso.provider.issuer}/interaction/**`)
        await page.fill('#provider-login', login)
        await page.click('#provider-submit')
        await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
        await page.waitForLoadState('networkidle')
        await screenshot(page, `oidc-dashboard-${lang}`)
        const signedIn = await whoIsSignedIn(page)
        expect(signedIn.user).toMatchObject({
          email: ACCOUNTS[login].email.toLowerCase(),
          role,
          signInMethod: 'oidc',
        })

        await page.goto(`${sso.site.base}/admin/logout`)
        await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
        const signedOut = await whoIsSignedIn(page)
        expect(signedOut.user).toBeNull()
      } finally {
        await context.close()
      }
    },
    120_000,
  )
})
