import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchChromium, screenshot } from '../helpers/browser'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * A cluster's page shows a figure's values over the years once it has more than one, in English
 * and in French, as text (the sparkline beside it is hidden from screen readers).
 */

let site: RunningSite
let browser: Browser
const slug = `trend-${Date.now().toString(36)}`

const figure = (value: number, year: number, id?: string) => ({
  ...(id ? { id } : {}),
  label: 'Jobs',
  value,
  unit: 'jobs',
  display: `${value} jobs`,
  source: 'ISQ',
  year,
})

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  const token = (await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })).body
    .token as string
  const organization = (await apiAnswer(site, '/organizations?limit=1&sort=id')).body.docs[0].id
  const created = await apiAnswer(site, '/clusters', {
    method: 'POST',
    token,
    body: {
      name: 'Trend cluster',
      slug,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'A cluster whose jobs grew.',
      keyFigures: [figure(35000, 2017), { ...figure(12, 2024), label: 'Members', unit: 'count' }],
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  const [jobs, members] = created.body.doc.keyFigures
  const updated = await apiAnswer(site, `/clusters/${created.body.doc.id}`, {
    method: 'PATCH',
    token,
    body: {
      keyFigures: [figure(39130, 2024, jobs.id), members],
      _status: 'published',
    },
  })
  expect(updated.status).toBe(200)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the trend of a key figure on a cluster page', () => {
  it('reads "2017: 35,000 → 2024: 39,130" in English, only for the figure with two years', async () => {
    const page = await browser.newPage({ locale: 'en-CA' })
    await page.goto(`${site.base}/en/clusters/${slug}`)
    const trends = page.locator('.figure-trend')
    expect(await trends.count()).toBe(1)
    expect(await trends.first().innerText()).toBe('Over the years: 2017: 35,000 → 2024: 39,130')
    const jobs = page.locator('li.figure', { hasText: '39130 jobs' })
    expect(await jobs.locator('.figure-trend').count()).toBe(1)
    expect(await jobs.locator('svg.figure-sparkline').getAttribute('aria-hidden')).toBe('true')
    await screenshot(page, 'figure-trend-en')
    await page.close()
  })

  it('reads "2017 : 35 000 → 2024 : 39 130" in French', async () => {
    const page = await browser.newPage({ locale: 'fr-CA' })
    await page.goto(`${site.base}/fr/clusters/${slug}`)
    const trends = page.locator('.figure-trend')
    expect(await trends.count()).toBe(1)
    // Canadian French: a space before the colon and narrow spaces between thousands.
    const text = (await trends.first().innerText()).replace(/[\u00a0\u202f]/g, ' ')
    expect(text).toBe('Au fil des ans : 2017 : 35 000 → 2024 : 39 130')
    await screenshot(page, 'figure-trend-fr')
    await page.close()
  })
})
