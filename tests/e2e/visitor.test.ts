import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { firstContentfulPaint, launchChromium, screenshot } from '../helpers/browser'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'

let site: RunningSite
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-CA' })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('a visitor', () => {
  it('finds the ten Montréal clusters and the five Sherbrooke sectors from the home page', async () => {
    await page.goto(`${site.base}/en`)
    console.log(`[e2e] first contentful paint, home: ${await firstContentfulPaint(page)} ms`)
    await screenshot(page, '1-home')
    await page
      .locator('header')
      .getByRole('link', { name: /clusters/i })
      .first()
      .click()
    await page.waitForURL(/\/en\/clusters$/)
    const cards = (region: string) =>
      page.locator(`section[aria-labelledby="region-${region}"] .card-grid > *`)
    expect(await page.getByRole('heading', { name: 'Greater Montréal' }).isVisible()).toBe(true)
    expect(await cards('greater_montreal').count()).toBe(10)
    expect(await cards('sherbrooke').count()).toBe(5)
    await screenshot(page, '1-directory')
  })

  it('opens Aerospace and sees 39,130 workers with its source', async () => {
    await page.getByRole('link', { name: 'Aerospace', exact: true }).first().click()
    await page.waitForURL(/\/en\/clusters\/aerospace/)
    const figure = page
      .locator('li, div', { hasText: 'Over 39,130 highly qualified workers' })
      .last()
    await expect(figure.isVisible()).resolves.toBe(true)
    await expect(
      page.getByText('Ministry of Economy, Science and Innovation').first().isVisible(),
    ).resolves.toBe(true)
    await screenshot(page, '1-aerospace-en')
    const fresh = await browser.newPage()
    await fresh.goto(`${site.base}/en/clusters/aerospace`)
    console.log(
      `[e2e] first contentful paint, cluster page: ${await firstContentfulPaint(fresh)} ms`,
    )
    await fresh.close()
  })

  it('switches to French and sees the French page', async () => {
    await page.locator('a.language-switch').click()
    await page.waitForURL(/\/fr\/clusters\/aerospace/)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Aérospatiale',
    )
    await expect(
      page.getByText('Plus de 39 130 travailleurs hautement qualifiés').first().isVisible(),
    ).resolves.toBe(true)
    await screenshot(page, '1-aerospace-fr')
  })
})
