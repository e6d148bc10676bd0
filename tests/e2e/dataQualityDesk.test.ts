import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const SECRETARIAT = { email: 'aero-quality@e2e.test', password: 'aero-quality-password' }

let site: RunningSite
let browser: Browser
let aerospace: { id: number; name: string; secretariat: number }

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  const { token } = await apiJson(site, '/users/login', {
    method: 'POST',
    body: JSON.stringify(ADMIN),
  })
  aerospace = (await apiJson(site, '/clusters?where[slug][equals]=aerospace&depth=0', { token }))
    .docs[0]
  await apiJson(site, '/users', {
    method: 'POST',
    token,
    body: JSON.stringify({
      ...SECRETARIAT,
      name: 'Aéro Qualité',
      role: 'secretariat',
      organization: aerospace.secretariat,
    }),
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the data-quality desk in the browser', () => {
  it('an admin, in English: every cluster scored, counts by rule, a filter, a link to the field', async () => {
    const context = await browser.newContext({ locale: 'en-CA' })
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: site.base }])
    const page = await signIn(context, site.base, ADMIN)
    // The navigation (closed at this window's width) links to the desk.
    expect(await page.getAttribute('#nav-data-quality', 'href')).toBe('/admin/data-quality')
    await page.goto(`${site.base}/admin/data-quality`)
    await page.waitForSelector('#data-quality-title')
    expect(await page.textContent('#data-quality-title')).toBe('Data quality')
    const clusters = await page.locator('#data-quality-scores tbody tr').count()
    expect(clusters).toBe(15)
    expect(await page.textContent('#data-quality-counts [data-rule="stale-figure"]')).toMatch(
      /^Stale figure: [1-9]\d*$/,
    )
    await screenshot(page, 'data-quality-desk-en')

    await page.selectOption('select[name=rule]', 'stale-figure')
    await page.fill('input[name=olderThan]', '9')
    await page.click('#data-quality-filters button[type=submit]')
    await page.waitForURL(/rule=stale-figure/)
    const rules = await page
      .locator('.data-quality-issue')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')))
    expect(rules.length).toBeGreaterThan(0)
    expect(new Set(rules)).toEqual(new Set(['stale-figure']))
    // Figures of 2016 are more than nine years old in 2026; none of 2018 are.
    const years = await page
      .locator('.data-quality-issue td:nth-child(5)')
      .evaluateAll((cells) =>
        cells.map((cell) => /dates from (\d{4})/.exec(cell.textContent ?? '')?.[1]),
      )
    for (const year of years) expect(new Date().getFullYear() - Number(year)).toBeGreaterThan(9)

    const link = page.locator('.data-quality-issue a').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/\w+\/\d+#field-[\w_]+__year$/)
    await link.click()
    await page.waitForURL(/\/admin\/collections\/\w+\/\d+/)
    // The edit view's sidebar lists the document's own issues.
    await page.waitForSelector('[data-testid="data-quality-issues"] li', { timeout: 60_000 })
    expect(await page.locator('[data-testid="data-quality-issues"]').textContent()).toContain(
      'more than 5 years ago',
    )
    await screenshot(page, 'data-quality-sidebar-en')
    await context.close()
  })

  it('a secretariat, in French: only its own cluster and organization', async () => {
    const context = await browser.newContext({ locale: 'fr-CA' })
    await context.addCookies([{ name: 'payload-lng', value: 'fr', url: site.base }])
    const page = await signIn(context, site.base, SECRETARIAT)
    await page.goto(`${site.base}/admin/data-quality`)
    await page.waitForSelector('#data-quality-title')
    expect(await page.textContent('#data-quality-title')).toBe('Qualité des données')
    const scored = await page
      .locator('#data-quality-scores tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-cluster'))))
    expect(scored).toEqual([aerospace.id])
    const organizations = await page
      .locator('.data-quality-organization')
      .evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-organization'))))
    expect(organizations).toEqual([aerospace.secretariat])
    expect(await page.locator('.data-quality-issue').first().textContent()).toMatch(
      /Ce chiffre|Cette grappe|Ce texte|Le lien/,
    )
    expect(
      await page.textContent('#data-quality-counts [data-rule="cluster-without-quote"]'),
    ).toMatch(/^Grappe sans citation : \d+$/)
    await screenshot(page, 'data-quality-desk-fr-secretariat')
    await context.close()
  })
})
