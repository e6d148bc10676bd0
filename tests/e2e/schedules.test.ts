import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchChromium, screenshot, signIn } from '../helpers/browser'
import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { startSmtpInbox } from '../helpers/smtpInbox'

const COMMUNICATIONS = { email: 'scheduler@e2e.test', password: 'communications-password' }
const SECRETARIAT = { email: 'secretariat@e2e.test', password: 'aero-secretariat-password' }

let site: RunningSite
let browser: Browser
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let commsToken: string
let withoutEnglishId: number
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const api = (path: string, init: RequestInit & { token?: string } = {}) => apiJson(site, path, init)

async function story(titles: Partial<Record<'en' | 'fr', string>>): Promise<number> {
  const [[first, title], ...others] = Object.entries(titles)
  const created = await api(`/stories?locale=${first}&draft=true`, {
    method: 'POST',
    token: commsToken,
    body: JSON.stringify({ title, _status: 'draft' }),
  })
  for (const [locale, other] of others)
    await api(`/stories/${created.doc.id}?locale=${locale}&draft=true`, {
      method: 'PATCH',
      token: commsToken,
      body: JSON.stringify({ title: other, _status: 'draft' }),
    })
  return created.doc.id
}

const schedule = (id: number, inMs: number) =>
  api('/schedules', {
    method: 'POST',
    token: commsToken,
    body: JSON.stringify({
      type: 'publish',
      doc: { relationTo: 'stories', value: id },
      waitUntil: new Date(Date.now() + inMs).toISOString(),
    }),
  })

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await check()) return
    await sleep(500)
  }
  throw new Error(`timed out waiting for ${what}`)
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  // Jobs run in the server, every second, as in a one-node production.
  site = await startProductionServer({
    JOBS_IN_PROCESS: 'true',
    JOBS_CRON: '* * * * * *',
    SMTP_URL: inbox.url,
  })
  browser = await launchChromium()
  const { token } = await api('/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
  await api('/users', {
    method: 'POST',
    token,
    body: JSON.stringify({ ...COMMUNICATIONS, name: 'Camille Comms', role: 'communications' }),
  })
  const aerospace = (await api('/clusters?where[slug][equals]=aerospace&depth=0', { token }))
    .docs[0]
  await api('/users', {
    method: 'POST',
    token,
    body: JSON.stringify({
      ...SECRETARIAT,
      name: 'Sacha Secretariat',
      role: 'secretariat',
      organization: aerospace.secretariat,
    }),
  })
  commsToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(COMMUNICATIONS) }))
    .token

  withoutEnglishId = await story({ fr: 'Récit sans titre anglais' })

  // One schedule that runs, one that is valid when made and fails later: its draft loses its
  // English title before the time comes.
  const readyId = await story({ en: 'A story on time', fr: 'Un récit à l’heure' })
  const brokenId = await story({ en: 'A story that breaks', fr: 'Un récit qui casse' })
  expect((await schedule(readyId, 2_000)).id).toEqual(expect.any(Number))
  expect((await schedule(brokenId, 2_000)).id).toEqual(expect.any(Number))
  await api(`/stories/${brokenId}?locale=en&draft=true`, {
    method: 'PATCH',
    token: commsToken,
    body: JSON.stringify({ title: '', _status: 'draft' }),
  })
  await until('the scheduled publication', async () => {
    const ready = await api(`/stories/${readyId}?depth=0`, { token: commsToken })
    return ready._status === 'published'
  })
  await until('the failure e-mail', async () => inbox.mails.length > 0)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await inbox?.stop()
})

describe('a failed schedule is told to its scheduler', () => {
  it('e-mails the person who scheduled it, with the document, the reason and a link', () => {
    expect(inbox.mails.map((mail) => mail.to)).toEqual([[COMMUNICATIONS.email]])
    const raw = inbox.mails[0].raw.replace(/=\r?\n/g, '')
    expect(raw).toContain('Scheduled publication failed')
    expect(raw).toContain('Title')
    expect(raw).toMatch(new RegExp(`${site.base}/admin/collections/stories/\\d+`))
  })
})

const languages = [
  {
    lang: 'en',
    browserLocale: 'en-CA',
    refusal: 'This publication would fail in English: Title. Complete the draft, then schedule it.',
    headings: { failed: 'Failed', done: 'Done', upcoming: 'Upcoming' },
    editorsOnly: 'Only communications and admins schedule publications: there are none for you.',
    reason: 'Title',
    link: 'Schedules',
  },
  {
    lang: 'fr',
    browserLocale: 'fr-CA',
    refusal:
      'Cette publication échouerait en anglais : Titre. Complétez le brouillon, puis programmez-la.',
    headings: { failed: 'Échouées', done: 'Effectuées', upcoming: 'À venir' },
    editorsOnly:
      'Seuls les communications et les administrateurs programment des publications : aucune pour vous.',
    reason: 'Title',
    link: 'Programmations',
  },
] as const

/** Opens the publish button's menu and its "Schedule Publish" drawer. */
async function openScheduleDrawer(page: Page): Promise<void> {
  await page.locator('#action-save-popup .popup-button').click()
  await page.locator('#schedule-publish').click()
  await page.locator('.schedule-publish').first().waitFor()
}

/** Chooses "Publish" and the 15th of next month, at the first time offered, in the drawer. */
async function pickPublicationDate(page: Page): Promise<void> {
  await page.locator('.schedule-publish__type li').first().locator('label').click()
  await page.locator('.schedule-publish .react-datepicker__input-container input').click()
  await page.locator('.react-datepicker__navigation--next').click()
  await page
    .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
    .first()
    .click()
  await page.locator('.react-datepicker__time-list-item').first().click()
}

describe.each(languages)(
  'in $lang',
  ({ lang, browserLocale, refusal, headings, link, editorsOnly }) => {
    it('the drawer refuses a schedule that would fail, with the reason, and stores no job', async () => {
      const context = await browser.newContext({ locale: browserLocale })
      const page = await signIn(context, site.base, COMMUNICATIONS)
      await page.goto(`${site.base}/admin/collections/stories/${withoutEnglishId}`)
      await page.waitForLoadState('networkidle')
      await openScheduleDrawer(page)
      await pickPublicationDate(page)
      await screenshot(page, `schedules-1-drawer-${lang}`)
      await page.locator('#scheduled-publish-save').click()
      await page.getByText(refusal).waitFor({ timeout: 30_000 })
      await screenshot(page, `schedules-2-refused-${lang}`)
      await expect(
        page.getByText(/Scheduled successfully|Programmé avec succès/).count(),
      ).resolves.toBe(0)
      await page.goto(`${site.base}/admin/collections/stories`)
      await context.close()
    })

    it('the schedules view lists the failed schedule with its reason, and the done one', async () => {
      const context = await browser.newContext({ locale: browserLocale })
      const page = await signIn(context, site.base, COMMUNICATIONS)
      expect(await page.locator('#nav-schedules').getAttribute('href')).toBe('/admin/schedules')
      await page.goto(`${site.base}/admin/schedules`)
      await page.locator('#schedules-title').waitFor()
      await screenshot(page, `schedules-3-view-${lang}`)
      expect(await page.locator('#schedules-title').innerText()).toBe(link)
      const failed = page.locator('#schedules-failed')
      expect(await failed.locator('h2').innerText()).toBe(`${headings.failed} (1)`)
      const failedRow = failed.locator('.schedule-row')
      expect(await failedRow.innerText()).toContain('Camille Comms')
      expect(await failedRow.locator('.schedule-reason').innerText()).toContain('Title')
      const done = page.locator('#schedules-done')
      expect(await done.locator('h2').innerText()).toBe(`${headings.done} (1)`)
      expect(await done.locator('.schedule-row').innerText()).toContain(
        lang === 'en' ? 'A story on time' : 'Un récit à l’heure',
      )
      // The refused schedule left no job: nothing is upcoming.
      expect(await page.locator('#schedules-upcoming h2').innerText()).toBe(
        `${headings.upcoming} (0)`,
      )
      await context.close()
    })

    it('a secretariat, who cannot schedule, has no link and sees no schedules', async () => {
      const context = await browser.newContext({ locale: browserLocale })
      const page = await signIn(context, site.base, SECRETARIAT)
      await expect(page.locator('#nav-schedules').count()).resolves.toBe(0)
      await page.goto(`${site.base}/admin/schedules`)
      await page.locator('#schedules-title').waitFor()
      await screenshot(page, `schedules-4-secretariat-${lang}`)
      expect(await page.getByText(editorsOnly).count()).toBe(1)
      await expect(page.locator('.schedule-row').count()).resolves.toBe(0)
      await context.close()
    })
  },
)
