import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * The export from the admin: the list view's "more options" menu downloads what
 * `/api/<collection>/export` answers the signed-in person, in the content language the admin shows.
 */

let site: RunningSite
let browser: Browser
let context: BrowserContext
let page: Page
let token: string

/** What the API exports to the admin for `query` (the menu must download exactly this). */
async function exported(collection: string, query: string): Promise<string> {
  const response = await fetch(`${site.base}/api/${collection}/export?${query}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return response.text()
}

/** Opens the list's menu, clicks `item` and returns the downloaded file's name and text. */
async function download(item: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'More options' }).click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(item).click()])
  const downloaded = await file.path()
  return { name: file.suggestedFilename(), text: fs.readFileSync(downloaded, 'utf8') }
}

beforeAll(async () => {
  site = await startProductionServer()
  token = (await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })).body.token
  browser = await launchChromium()
  context = await browser.newContext({ acceptDownloads: true })
  page = await signIn(context, site.base, ADMIN)
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the export in the admin list view', () => {
  it('downloads the clusters in French as CSV, JSON and key figures, as the API exports them', async () => {
    await page.goto(`${site.base}/admin/collections/clusters?locale=fr`)
    await page.waitForLoadState('networkidle')
    const csv = await download('#export-csv')
    await screenshot(page, 'export-menu-clusters-fr')
    expect(csv.text).toBe(await exported('clusters', 'format=csv&locale=fr'))
    const [header, ...rows] = parse(csv.text) as string[][]
    expect(header).toEqual(['slug', 'name', 'kind', 'region', 'secretariat', 'summary', 'leadersIntro'])
    const { totalDocs } = (await apiAnswer(site, '/clusters?limit=1&depth=0', { token })).body
    expect(rows).toHaveLength(totalDocs)
    expect(csv.name).toMatch(/\.csv$/)

    const json = await download('#export-json')
    expect(json.text).toBe(await exported('clusters', 'format=json&locale=fr'))
    expect(json.name).toMatch(/\.json$/)

    const figures = await download('#export-key-figures')
    expect(figures.text).toBe(await exported('clusters', 'format=csv&table=key-figures&locale=fr'))
    expect((parse(figures.text) as string[][])[0]).toEqual(
      ['cluster', 'position', 'label', 'value', 'unit', 'display', 'source', 'year'],
    )
  })

  it('offers no key figures for companies, and downloads them in English from the English list', async () => {
    await page.goto(`${site.base}/admin/collections/companies?locale=en`)
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'More options' }).click()
    await page.locator('#export-csv').waitFor()
    expect(await page.locator('#export-key-figures').count()).toBe(0)
    await page.keyboard.press('Escape')
    const csv = await download('#export-csv')
    expect(csv.text).toBe(await exported('companies', 'format=csv&locale=en'))
    expect((parse(csv.text) as string[][])[0]).toEqual(
      ['slug', 'name', 'website', 'description', 'clusters'],
    )
  })
})
