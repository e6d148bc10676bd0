import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, screenshot, signIn as signInAs } from '../helpers/browser'
import { harbourPng } from '../helpers/mediaFiles'
import { uploadClusterLogo } from '../helpers/mediaSteps'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

const COMMUNICATIONS = { email: 'comms@e2e.test', password: 'communications-password' }

/** The same journey in each language, on a cluster of its own (both runs share one server). */
const journeys = [
  {
    language: 'en',
    browserLocale: 'en-CA',
    cluster: 'aerospace',
    secretariat: { email: 'aero@e2e.test', password: 'aero-secretariat-password' },
    figureTab: 'Figures',
    profileTab: 'Profile',
    logoAlt: 'The new Aerospace logo',
    oldFigure: 'Over 39,130 highly qualified workers',
    newFigure: 'Over 41,000 highly qualified workers',
    fixedFigure: 'Over 41,500 highly qualified workers',
    comment: 'Please give the source of the 41,000 workers.',
    collectionLabel: 'Cluster',
    stateColumn: 'Review > State',
    inReview: 'In review',
    submitted: 'Submitted for review. Communications was notified: comms@e2e.test.',
    sentBack: 'Changes requested. The secretariat was notified: aero@e2e.test.',
    approved: 'Approved and published. The secretariat was notified: aero@e2e.test.',
    buttons: {
      submit: 'Submit for review',
      requestChanges: 'Request changes',
      approve: 'Approve and publish',
    },
    queueTitle: 'Waiting for review',
    sentBackTitle: 'Changes requested from you',
    seeChanges: 'See the changes',
  },
  {
    language: 'fr',
    browserLocale: 'fr-CA',
    cluster: 'aluminium',
    secretariat: { email: 'alu@e2e.test', password: 'alu-secretariat-password' },
    figureTab: 'Chiffres',
    profileTab: 'Profil',
    logoAlt: 'Le nouveau logo de l’aluminium',
    oldFigure: '9 alumineries dans la province',
    newFigure: '10 alumineries dans la province',
    fixedFigure: '11 alumineries dans la province',
    comment: 'Merci de citer la source des 10 alumineries.',
    collectionLabel: 'Grappe',
    stateColumn: 'Révision > État',
    inReview: 'En révision',
    submitted: 'Soumis pour révision. Les communications ont été avisées : comms@e2e.test.',
    sentBack: 'Modifications demandées. Le secrétariat a été avisé : alu@e2e.test.',
    approved: 'Approuvé et publié. Le secrétariat a été avisé : alu@e2e.test.',
    buttons: {
      submit: 'Soumettre pour révision',
      requestChanges: 'Demander des modifications',
      approve: 'Approuver et publier',
    },
    queueTitle: 'En attente de révision',
    sentBackTitle: 'Modifications demandées',
    seeChanges: 'Voir les changements',
  },
] as const

type Journey = (typeof journeys)[number]

let site: RunningSite
let browser: Browser
let adminToken: string
let logoFile: string

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

const clusterBySlug = async (slug: string) =>
  (await api(`/clusters?where[slug][equals]=${slug}&depth=0&draft=true`, { token: adminToken }))
    .docs[0]

/**
 * Payload locks a document while someone edits it; whoever finds it locked by a session that
 * ended without leaving takes it over, as the admin offers.
 */
async function takeOverIfLocked(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  const dialog = page.locator('#document-locked')
  if (await dialog.isVisible()) await dialog.locator('button').last().click()
}

/** Opens a document's edit view in the content language of the journey. */
async function openDocument(page: Page, id: number, journey: Journey): Promise<void> {
  await page.goto(`${site.base}/admin/collections/clusters/${id}?locale=${journey.language}`)
  await takeOverIfLocked(page)
  await page.locator('.review-actions').waitFor()
}

/** Leaving the edit view releases Payload's document lock, as closing the tab would. */
async function leaveDocument(page: Page): Promise<void> {
  await page.goto(`${site.base}/admin`)
  await page.waitForLoadState('networkidle')
}

/** Opens the figures tab and writes `text` as the first key figure's display text. */
async function writeFirstFigure(page: Page, journey: Journey, text: string): Promise<void> {
  await page.getByRole('button', { name: journey.figureTab, exact: true }).click()
  const input = page.locator('#field-keyFigures__0__display')
  if (!(await input.isVisible())) {
    await page.locator('#field-keyFigures .collapsible__toggle').first().click()
  }
  await input.fill(text)
}

/** The notice a review action leaves after the page has reloaded with the new state. */
const noticeOf = (page: Page) => page.locator('.review-actions__notice[role=status]')

async function publicPageText(journey: Journey): Promise<{ text: string; page: Page }> {
  const page = await browser.newPage()
  await page.goto(`${site.base}/${journey.language}/clusters/${journey.cluster}`)
  return { text: await page.locator('main').innerText(), page }
}

beforeAll(async () => {
  site = await startProductionServer()
  logoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-journey-')), 'logo.png')
  fs.writeFileSync(logoFile, await harbourPng())
  browser = await launchChromium()
  adminToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })).token
  for (const journey of journeys) {
    const cluster = await clusterBySlug(journey.cluster)
    await api('/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({
        ...journey.secretariat,
        name: `Secretariat ${journey.cluster}`,
        role: 'secretariat',
        organization: cluster.secretariat,
      }),
    })
  }
  await api('/users', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({ ...COMMUNICATIONS, name: 'Camille Comms', role: 'communications' }),
  })
}, 300_000)

afterAll(async () => {
  if (logoFile) fs.rmSync(path.dirname(logoFile), { recursive: true, force: true })
  await browser?.close()
  await site?.stop()
})

describe.each(journeys)('the review journey in the admin ($language)', (journey) => {
  const shot = (page: Page, step: string) =>
    screenshot(page, `reviewJourney-${step}-${journey.language}`)
  let clusterId: number
  let secretariatContext: BrowserContext
  let communicationsContext: BrowserContext
  let secretariat: Page
  let communications: Page

  beforeAll(async () => {
    clusterId = (await clusterBySlug(journey.cluster)).id
    secretariatContext = await browser.newContext({ locale: journey.browserLocale })
    communicationsContext = await browser.newContext({ locale: journey.browserLocale })
    secretariat = await signInAs(secretariatContext, site.base, journey.secretariat)
    communications = await signInAs(communicationsContext, site.base, COMMUNICATIONS)
  }, 120_000)

  afterAll(async () => {
    await secretariatContext?.close()
    await communicationsContext?.close()
  })

  it('1. a secretariat updates a key figure of its cluster; the state is not its to pick', async () => {
    await openDocument(secretariat, clusterId, journey)
    await writeFirstFigure(secretariat, journey, journey.newFigure)
    await expect(
      secretariat.locator('#field-review__state .rs__control').getAttribute('class'),
    ).resolves.toMatch(/disabled/)
    await shot(secretariat, '1-secretariat-edit')
  })

  it('1b. the secretariat uploads a new logo for its cluster, in the same draft', async () => {
    await secretariat.getByRole('button', { name: journey.profileTab, exact: true }).click()
    await uploadClusterLogo(secretariat, logoFile, journey.logoAlt, (step) =>
      shot(secretariat, `1b-logo-${step}`),
    )
  })

  it('2. the secretariat presses Submit for review and is told who was notified', async () => {
    await secretariat.getByRole('button', { name: journey.buttons.submit }).click()
    await expect(noticeOf(secretariat).innerText()).resolves.toBe(journey.submitted)
    await shot(secretariat, '2-submitted')
    const draft = await api(
      `/clusters/${clusterId}?draft=true&depth=0&locale=${journey.language}`,
      {
        token: adminToken,
      },
    )
    expect(draft.review.state).toBe('in_review')
    expect(draft.keyFigures[0].display).toBe(journey.newFigure)
    const published = await publicPageText(journey)
    expect(published.text).toContain(journey.oldFigure)
    expect(published.text).not.toContain(journey.newFigure)
    await published.page.close()
    await leaveDocument(secretariat)
  })

  it('3. communications finds it in the queue on its dashboard, by title and collection name, and in the list by its review state', async () => {
    await communications.goto(`${site.base}/admin`)
    const queue = communications.locator('section.review-queue')
    await expect(queue.locator('h2').innerText()).resolves.toBe(`${journey.queueTitle} (1)`)
    const item = queue.locator('li', { hasText: journey.collectionLabel })
    await expect(item.innerText()).resolves.toContain(` · ${journey.collectionLabel}`)
    await expect(queue.innerText()).resolves.not.toContain('clusters')
    await expect(item.locator('a').first().getAttribute('href')).resolves.toBe(
      `/admin/collections/clusters/${clusterId}`,
    )
    await shot(communications, '3-queue')

    await communications.goto(
      `${site.base}/admin/collections/clusters?where[review.state][equals]=in_review`,
    )
    await communications.locator('table').waitFor()
    await expect(communications.locator('thead').innerText()).resolves.toContain(
      journey.stateColumn,
    )
    await expect(communications.locator('tbody tr').count()).resolves.toBe(1)
    await expect(communications.locator('tbody tr').innerText()).resolves.toContain(
      journey.inReview,
    )
    await shot(communications, '3-list')
  })

  it('4. communications opens the comparison and sees the changed figure', async () => {
    await communications.goto(`${site.base}/admin`)
    await communications
      .locator('section.review-queue')
      .getByRole('link', { name: journey.seeChanges })
      .click()
    await communications.waitForURL(/\/versions\//)
    // The comparison streams in after the view's frame: wait for the changed figure itself.
    await communications.locator('.view-version').getByText(journey.newFigure).first().waitFor()
    await shot(communications, '4-diff')
  })

  it('5. communications requests changes with a comment', async () => {
    await openDocument(communications, clusterId, journey)
    await communications.getByRole('button', { name: journey.buttons.requestChanges }).click()
    await communications.locator('#review-comment').fill(journey.comment)
    await shot(communications, '5-comment')
    await communications.locator('#review-send-comment').click()
    await expect(noticeOf(communications).innerText()).resolves.toBe(journey.sentBack)
    await shot(communications, '5-changes-requested')
    await leaveDocument(communications)
  })

  it('6. the secretariat sees the comment on its dashboard', async () => {
    await secretariat.goto(`${site.base}/admin`)
    const sentBack = secretariat.locator('section.review-changes-requested')
    await expect(sentBack.locator('h2').innerText()).resolves.toBe(`${journey.sentBackTitle} (1)`)
    await expect(sentBack.locator('li').innerText()).resolves.toContain(journey.comment)
    await expect(sentBack.locator('li').innerText()).resolves.toContain(journey.collectionLabel)
    await shot(secretariat, '6-secretariat-dashboard')
  })

  it('7. the secretariat fixes the figure and submits again', async () => {
    await secretariat.locator('section.review-changes-requested li a').first().click()
    await secretariat.waitForURL(new RegExp(`/admin/collections/clusters/${clusterId}`))
    await openDocument(secretariat, clusterId, journey)
    await writeFirstFigure(secretariat, journey, journey.fixedFigure)
    await secretariat.getByRole('button', { name: journey.buttons.submit }).click()
    await expect(noticeOf(secretariat).innerText()).resolves.toBe(journey.submitted)
    await shot(secretariat, '7-resubmitted')
    await leaveDocument(secretariat)
  })

  it('8. communications approves and publishes', async () => {
    await openDocument(communications, clusterId, journey)
    await communications.getByRole('button', { name: journey.buttons.approve }).click()
    await expect(noticeOf(communications).innerText()).resolves.toBe(journey.approved)
    await shot(communications, '8-approved')
    await leaveDocument(communications)
  })

  it('9. the public cluster page shows the new figure and the new logo, which loads', async () => {
    const published = await publicPageText(journey)
    expect(published.text).toContain(journey.fixedFigure)
    const logo = published.page.locator(`main img[alt="${journey.logoAlt}"]`).first()
    await logo.scrollIntoViewIfNeeded()
    await expect(
      logo.evaluate(async (img: HTMLImageElement) => {
        await img.decode()
        return img.naturalWidth
      }),
    ).resolves.toBeGreaterThan(0)
    await shot(published.page, '9-public')
    await published.page.close()
  })

  it('10. the version view offers "Restore this version" to communications, never to the secretariat', async () => {
    const versions = await api(
      `/clusters/versions?where[parent][equals]=${clusterId}&sort=-updatedAt&limit=2&depth=0`,
      { token: adminToken },
    )
    const versionView = `${site.base}/admin/collections/clusters/${clusterId}/versions/${versions.docs[1].id}`
    for (const [page, visible, who] of [
      [communications, true, 'communications'],
      [secretariat, false, 'secretariat'],
    ] as const) {
      await page.goto(versionView)
      await page.locator('.view-version').waitFor()
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.restore-version').first().isVisible()).resolves.toBe(visible)
      await shot(page, `10-versions-${who}`)
    }
  })
})
