import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/** The public address the site announces, which differs from where the test reaches it. */
const PUBLIC = 'https://grappes.example.org'

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  site = await startProductionServer({ SERVER_URL: PUBLIC })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('branding of the admin', () => {
  it.each(['en', 'fr'] as const)(
    'the login page shows the Grappes logo and icon, not Payload’s (%s)',
    async (language) => {
      const context = await browser.newContext({ locale: language === 'fr' ? 'fr-CA' : 'en-CA' })
      const page = await context.newPage()
      const response = await page.goto(`${site.base}/admin/login`)
      expect(response?.status()).toBe(200)
      const logo = page.locator('.login__brand .grappes-logo')
      await logo.waitFor()
      await expect(logo.locator('svg[aria-label="Grappes"]').count()).resolves.toBe(1)
      await expect(logo.innerText()).resolves.toBe('Grappes')
      await expect(page.locator('.graphic-logo, .graphic-icon').count()).resolves.toBe(0)
      const icons = await page
        .locator('link[rel="icon"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(icons).toEqual(['/icon.svg', '/favicon.ico'])
      await screenshot(page, `branding-login-${language}`)
      await context.close()
    },
  )

  it.each(['en', 'fr'] as const)(
    'signed-in admin pages load nothing from another origin: no Gravatar (%s)',
    async (language) => {
      const context = await browser.newContext({ locale: language === 'fr' ? 'fr-CA' : 'en-CA' })
      const requested: string[] = []
      context.on('request', (request) => requested.push(request.url()))
      const page = await signIn(context, site.base, ADMIN)
      for (const path of ['/admin', '/admin/collections/clusters', '/admin/account']) {
        await page.goto(`${site.base}${path}`)
        await page.waitForLoadState('networkidle')
      }
      // The breadcrumb's home link shows the Grappes icon; Payload's own icon is nowhere.
      await expect(page.locator('.step-nav svg[aria-label="Grappes"]').count()).resolves.toBe(1)
      await expect(page.locator('.graphic-icon, .graphic-logo').count()).resolves.toBe(0)
      // Payload's default avatar is drawn inline: no image is fetched for it.
      await expect(page.locator('img[src*="gravatar"]').count()).resolves.toBe(0)
      await screenshot(page, `branding-account-${language}`)
      const origins = new Set(
        requested.filter((url) => url.startsWith('http')).map((url) => new URL(url).origin),
      )
      expect([...origins]).toEqual([new URL(site.base).origin])
      await context.close()
    },
  )
})

describe('small public files', () => {
  it('/favicon.ico and /icon.svg answer 200 with an image type', async () => {
    const ico = await fetch(`${site.base}/favicon.ico`)
    expect([ico.status, ico.headers.get('content-type')]).toEqual([200, 'image/x-icon'])
    expect((await ico.arrayBuffer()).byteLength).toBeGreaterThan(0)
    const svg = await fetch(`${site.base}/icon.svg`)
    expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
  })

  it('the public site declares the same icons', async () => {
    const html = await (await fetch(`${site.base}/en`)).text()
    expect(html).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>')
    expect(html).toContain(
      '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="32x32"/>',
    )
  })

  it('/robots.txt lets crawlers read the site, not the admin or the API, and names the sitemap', async () => {
    const response = await fetch(`${site.base}/robots.txt`)
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/plain'])
    expect((await response.text()).trim().split('\n')).toEqual([
      'User-Agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /api',
      '',
      `Sitemap: ${PUBLIC}/sitemap.xml`,
    ])
  })
})

describe('the public 404 without JavaScript', () => {
  const cases = [
    { language: 'en', path: '/en/clusters/no-such-cluster', text: 'Page not found' },
    { language: 'fr', path: '/fr/clusters/no-such-cluster', text: 'Page introuvable' },
    { language: 'en', path: '/en/no/such/page', text: 'Page not found' },
    { language: 'fr', path: '/fr/no/such/page', text: 'Page introuvable' },
    { language: 'en', path: '/de/unknown-language', text: 'Page not found' },
  ] as const

  it.each(cases)(
    '$path answers 404 with its text in $language',
    async ({ language, path, text }) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      const response = await page.goto(`${site.base}${path}`)
      expect(response?.status()).toBe(404)
      await expect(page.locator('main h1').innerText()).resolves.toBe(text)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(
        language === 'fr' ? 'fr-CA' : 'en-CA',
      )
      await screenshot(page, `branding-404-${path.split('/')[2]}-${language}`)
      await context.close()
    },
  )
})
