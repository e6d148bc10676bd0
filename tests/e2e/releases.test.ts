import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const COMMUNICATIONS = { email: 'releaser@e2e.test', password: 'communications-password' }

let site: RunningSite
let browser: Browser
let commsToken: string

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

/** A published story whose latest draft has a new title. */
async function storyWithDraft(live: string, next: string): Promise<number> {
  const created = await api('/stories', {
    method: 'POST',
    token: commsToken,
    body: JSON.stringify({
      title: live,
      slug: `e2e-${Math.random().toString(36).slice(2, 8)}`,
      _status: 'published',
    }),
  })
  await api(`/stories/${created.doc.id}?draft=true`, {
    method: 'PATCH',
    token: commsToken,
    body: JSON.stringify({ title: next }),
  })
  return created.doc.id
}

/** What an anonymous reader gets for these stories: their live titles, sorted. */
async function liveTitles(ids: number[]): Promise<string[]> {
  const answer = await apiJson(site, `/stories?where[id][in]=${ids.join(',')}&depth=0`)
  return (answer.docs as Array<{ title: string }>).map((d) => d.title).sort()
}

const journeys = [
  {
    language: 'en',
    browserLocale: 'en-CA',
    panelTitle: 'Documents in this release',
    publishNow: 'Publish now',
    done: 'Published: every document is live.',
    rollBack: 'Roll back',
    rolledBack: 'Rolled back: every document is as it was before.',
    review: 'Review: not reviewed',
    quality: /^\s*· Data quality: (nothing|\d+) to check$/,
  },
  {
    language: 'fr',
    browserLocale: 'fr-CA',
    panelTitle: 'Documents de ce lot',
    publishNow: 'Publier maintenant',
    done: 'Publié : tous les documents sont en ligne.',
    rollBack: 'Annuler la publication',
    rolledBack: 'Publication annulée : tous les documents sont comme avant.',
    review: 'Révision : sans révision',
    quality: /^\s*· Qualité des données : (rien|\d+) à vérifier$/,
  },
] as const

beforeAll(async () => {
  site = await startProductionServer()
  browser = await launchChromium()
  const { token } = await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
  await api('/users', {
    method: 'POST',
    token,
    body: JSON.stringify({ ...COMMUNICATIONS, name: 'Robin Releases', role: 'communications' }),
  })
  commsToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(COMMUNICATIONS) }))
    .token
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe.each(journeys)('publishing a release from the admin ($language)', (journey) => {
  let context: BrowserContext

  beforeAll(async () => {
    context = await browser.newContext({ locale: journey.browserLocale })
    await context.addCookies([{ name: 'payload-lng', value: journey.language, url: site.base }])
  })

  afterAll(async () => {
    await context?.close()
  })

  it('lists its documents, publishes them all at once, then rolls them back', async () => {
    const ids = [
      await storyWithDraft(`${journey.language} old 1`, `${journey.language} new 1`),
      await storyWithDraft(`${journey.language} old 2`, `${journey.language} new 2`),
    ]
    const release = await api('/releases', {
      method: 'POST',
      token: commsToken,
      body: JSON.stringify({
        title: `Yearly figures (${journey.language})`,
        items: ids.map((value) => ({ relationTo: 'stories', value })),
      }),
    })
    const page = await signIn(context, site.base, COMMUNICATIONS)
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(`${site.base}/admin/collections/releases/${release.doc.id}`)
    const panel = page.locator('#release-panel')
    await expect(
      panel.getByRole('heading', { name: journey.panelTitle }).isVisible(),
    ).resolves.toBe(true)
    const items = panel.locator('li')
    await items.first().waitFor()
    await expect(items.count()).resolves.toBe(2)
    await expect(items.first().innerText()).resolves.toContain(`${journey.language} new 1`)
    await expect(items.first().innerText()).resolves.toContain(journey.review)
    // Each document's data-quality issues, as the desk's API counts them for this reader.
    const quality = items.first().locator('.release-panel__quality')
    await quality.waitFor()
    const expected = await apiJson(site, `/data-quality/issues/stories/${ids[0]}`, {
      token: commsToken,
    })
    await expect(quality.getAttribute('data-issues')).resolves.toBe(String(expected.total))
    await expect(quality.innerText()).resolves.toMatch(journey.quality)
    await expect(items.first().locator('a').getAttribute('href')).resolves.toBe(
      `/admin/collections/stories/${ids[0]}`,
    )
    await screenshot(page, `releases-before-${journey.language}`)

    await panel.getByRole('button', { name: journey.publishNow }).click()
    await panel.getByRole('status').filter({ hasText: journey.done }).waitFor({ timeout: 60_000 })
    await screenshot(page, `releases-published-${journey.language}`)
    expect(await liveTitles(ids)).toEqual([
      `${journey.language} new 1`,
      `${journey.language} new 2`,
    ])

    await panel.getByRole('button', { name: journey.rollBack }).click()
    await panel
      .getByRole('status')
      .filter({ hasText: journey.rolledBack })
      .waitFor({ timeout: 60_000 })
    expect(await liveTitles(ids)).toEqual([
      `${journey.language} old 1`,
      `${journey.language} old 2`,
    ])
    await page.close()
  }, 180_000)
})

describe('previewing a release on the site', () => {
  it('shows the drafts of the release’s documents, and no other draft', async () => {
    const inRelease = await storyWithDraft('Preview live in', 'Preview draft in')
    const outside = await storyWithDraft('Preview live out', 'Preview draft out')
    const newInRelease = (
      await api('/stories?draft=true', {
        method: 'POST',
        token: commsToken,
        body: JSON.stringify({
          title: 'Preview brand new in',
          slug: 'preview-new-in',
          _status: 'draft',
        }),
      })
    ).doc.id
    await api('/stories?draft=true', {
      method: 'POST',
      token: commsToken,
      body: JSON.stringify({
        title: 'Preview brand new out',
        slug: 'preview-new-out',
        _status: 'draft',
      }),
    })
    const release = await api('/releases', {
      method: 'POST',
      token: commsToken,
      body: JSON.stringify({
        title: 'Preview release',
        items: [inRelease, newInRelease].map((value) => ({ relationTo: 'stories', value })),
      }),
    })
    const { url } = await api(`/releases/${release.doc.id}/preview-link?path=/en/stories`, {
      token: commsToken,
    })
    expect(url).toContain('/preview/release?')

    const context = await browser.newContext({ locale: 'en-CA' })
    try {
      // Without an admin session the link opens nothing.
      const anonymous = await context.newPage()
      expect((await anonymous.goto(url))?.status()).toBe(401)
      await anonymous.close()

      const page = await signIn(context, site.base, COMMUNICATIONS)
      // The admin's panel offers the link.
      await page.goto(`${site.base}/admin/collections/releases/${release.doc.id}`)
      await page.locator('#release-preview-link').waitFor()
      await page.goto(url)
      expect(new URL(page.url()).pathname).toBe('/en/stories')
      const text = await page.locator('main').innerText()
      expect(text).toContain('Preview draft in')
      expect(text).toContain('Preview brand new in')
      expect(text).toContain('Preview live out')
      expect(text).not.toContain('Preview draft out')
      expect(text).not.toContain('Preview brand new out')
      expect(text).not.toContain('Preview live in')
      await screenshot(page, 'releases-preview')

      // A link whose documents were changed by hand is refused.
      const tampered = url.replace(/items=[^&]+/, `items=stories%3A${outside}`)
      expect((await page.goto(tampered))?.status()).toBe(403)
      await page.close()
    } finally {
      await context.close()
    }
    // Readers still see only what is published.
    expect(await liveTitles([inRelease, outside, newInRelease])).toEqual([
      'Preview live in',
      'Preview live out',
    ])
  }, 180_000)
})
