import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium, screenshot, signIn as signInAs } from '../helpers/browser'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { startSmtpInbox, type ReceivedMail } from '../helpers/smtpInbox'

const FIRST_EDITOR = {
  name: 'Camille Tremblay',
  email: 'camille@e2e.test',
  password: 'first-editor-password',
}
const SECOND_EDITOR = {
  name: 'Jordan Roy',
  email: 'jordan@e2e.test',
  password: 'second-editor-password',
}
const SECRETARIAT = {
  name: 'Marie Gagnon',
  email: 'marie@e2e.test',
  password: 'aero-secretariat-password',
}
const LANGUAGES = [
  { lang: 'en', locale: 'en-CA' },
  { lang: 'fr', locale: 'fr-CA' },
] as const

let site: RunningSite
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let browser: Browser
let adminToken: string
let aerospaceId: number
let aerospaceSecretariat: number
let financeId: number
let secretariatId: number

const api = (path: string, init: Parameters<typeof apiAnswer>[2] = {}) =>
  apiAnswer(site, path, init)

const login = async (who: { email: string; password: string }) =>
  (
    await api('/users/login', {
      method: 'POST',
      body: { email: who.email, password: who.password },
    })
  ).body.token as string

const signIn = (context: BrowserContext, who: { email: string; password: string }) =>
  signInAs(context, site.base, who)

async function waitForMail(to: string, count = 1): Promise<ReceivedMail> {
  for (let i = 0; i < 200; i++) {
    const mails = inbox.mails.filter((mail) => mail.to.includes(to))
    if (mails.length >= count) return mails[count - 1]
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no e-mail to ${to}`)
}

function invitationLink(mail: ReceivedMail): string {
  const raw = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  const link = raw.match(/https?:\/\/[^\s"<>]+\/admin\/reset\/[0-9a-f]+/)
  if (!link) throw new Error(`no invitation link in ${mail.raw}`)
  return link[0]
}

/** Leaving the edit view releases Payload's document lock. */
async function leaveDocument(page: Page): Promise<void> {
  await page.goto(`${site.base}/admin/collections/clusters`)
  await page.waitForLoadState('networkidle')
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  site = await startProductionServer({ SMTP_URL: inbox.url })
  browser = await launchChromium()
  adminToken = await login(ADMIN)
  const aerospace = (
    await api('/clusters?where[slug][equals]=aerospace&depth=0', { token: adminToken })
  ).body.docs[0]
  aerospaceId = aerospace.id
  aerospaceSecretariat = aerospace.secretariat
  financeId = (await api('/clusters?where[slug][equals]=finance&depth=0', { token: adminToken }))
    .body.docs[0].id
  for (const editor of [FIRST_EDITOR, SECOND_EDITOR])
    await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { ...editor, role: 'communications' },
    })
  secretariatId = (
    await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { ...SECRETARIAT, role: 'secretariat', organization: aerospaceSecretariat },
    })
  ).body.doc.id
  // The secretariat submits a change of its cluster's summary for review.
  const submitted = await api(`/clusters/${aerospaceId}?draft=true`, {
    method: 'PATCH',
    token: await login(SECRETARIAT),
    body: { summary: 'A summary the secretariat rewrote', review: { state: 'in_review' } },
  })
  expect(submitted.status).toBe(200)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await inbox?.stop()
})

describe('names, not ids', () => {
  it.each(LANGUAGES)(
    'a second editor opening a document locked by another sees the first one’s name ($lang)',
    async ({ lang, locale }) => {
      // Payload takes the lock at the first change in the form.
      const first = await browser.newContext({ locale })
      const firstPage = await signIn(first, FIRST_EDITOR)
      await firstPage.goto(`${site.base}/admin/collections/clusters/${financeId}`)
      await firstPage.waitForLoadState('networkidle')
      await firstPage.locator('#field-summary').fill(`Being rewritten (${lang})`)
      await firstPage.waitForTimeout(1_000)
      await firstPage.waitForLoadState('networkidle')

      const second = await browser.newContext({ locale })
      const secondPage = await signIn(second, SECOND_EDITOR)
      await secondPage.goto(`${site.base}/admin/collections/clusters/${financeId}`)
      const dialog = secondPage.locator('#document-locked')
      await dialog.waitFor({ timeout: 30_000 })
      await screenshot(secondPage, `people-lock-${lang}`)
      const text = await dialog.innerText()
      expect(text).toContain(FIRST_EDITOR.name)
      expect(text).not.toMatch(/User: |Utilisateur : /)
      // Closing the first editor's tab leaves the lock to expire; this document is not used again.
      await first.close()
      await second.close()
    },
    120_000,
  )

  it.each(LANGUAGES)(
    'the review fields show who submitted, by name ($lang)',
    async ({ lang, locale }) => {
      const context = await browser.newContext({ locale })
      const page = await signIn(context, SECOND_EDITOR)
      await page.goto(`${site.base}/admin/collections/clusters/${aerospaceId}`)
      await page.waitForLoadState('networkidle')
      const submittedBy = page.locator('#field-review__submittedBy')
      await submittedBy.getByText(SECRETARIAT.name).waitFor({ timeout: 30_000 })
      await submittedBy.scrollIntoViewIfNeeded()
      await screenshot(page, `people-review-${lang}`)
      await expect(page.getByText(/Untitled - ID|Sans titre - ID/).count()).resolves.toBe(0)
      await leaveDocument(page)
      await context.close()
    },
    120_000,
  )

  it('a communications user reading another user over REST and GraphQL gets the name and nothing else', async () => {
    const token = await login(FIRST_EDITOR)
    const rest = await api(`/users/${secretariatId}`, { token })
    expect(rest.body).toEqual({ id: secretariatId, name: SECRETARIAT.name })
    const graphql = await api('/graphql', {
      method: 'POST',
      token,
      body: {
        query: `{ User(id: ${secretariatId}) { id name email role active organization { id } invitation invitedAt createdAt updatedAt } }`,
      },
    })
    const given = Object.entries(graphql.body.data.User).filter(([, value]) => value !== null)
    expect(Object.fromEntries(given)).toEqual({ id: secretariatId, name: SECRETARIAT.name })
  })
})

describe('invitations', () => {
  it.each(LANGUAGES)(
    'an admin invites a person in the admin; the person sets a password from the e-mail and signs in ($lang)',
    async ({ lang, locale }) => {
      const invitee = {
        name: `Invitée ${lang.toUpperCase()}`,
        email: `invitee-${lang}@e2e.test`,
        password: `a passphrase chosen in ${lang}`,
      }
      const context = await browser.newContext({ locale })
      const page = await signIn(context, ADMIN)
      await page.goto(`${site.base}/admin/collections/users`)
      await page.locator('#invite-link').click()
      await page.waitForURL(/\/admin\/invite$/)
      await page.fill('#invite-name', invitee.name)
      await page.fill('#invite-email', invitee.email)
      await page.selectOption('#invite-role', 'secretariat')
      await page.selectOption('#invite-organization', String(aerospaceSecretariat))
      await screenshot(page, `people-invite-form-${lang}`)
      await page.locator('#invite-send').click()
      const status = page.locator('#invite-status')
      await status.waitFor({ timeout: 30_000 })
      await expect(status.innerText()).resolves.toBe(
        lang === 'en'
          ? `Invitation sent to ${invitee.email}.`
          : `Invitation envoyée à ${invitee.email}.`,
      )
      await screenshot(page, `people-invite-sent-${lang}`)
      await context.close()

      const mail = await waitForMail(invitee.email)
      expect(mail.raw).toContain(
        lang === 'en'
          ? 'Subject: [Grappes] Your invitation to Grappes'
          : 'Subject: =?UTF-8?Q?=5BGrappes=5D_Votre_invitation',
      )
      const before = await api('/users/login', {
        method: 'POST',
        body: { email: invitee.email, password: invitee.password },
      })
      expect(before.status).toBe(401)

      const guest = await browser.newContext({ locale })
      const welcome = await guest.newPage()
      await welcome.goto(invitationLink(mail))
      // Typed before React hydrates the form, the values are lost and the submit goes nowhere.
      await welcome.waitForLoadState('networkidle')
      await welcome.fill('#field-password', invitee.password)
      await welcome.fill('#field-confirm-password', invitee.password)
      await screenshot(welcome, `people-set-password-${lang}`)
      await welcome.click('button[type=submit]')
      await welcome.waitForURL(/\/admin\/?$/, { timeout: 60_000 }).catch(async (error) => {
        await screenshot(welcome, `people-set-password-stuck-${lang}`)
        throw error
      })
      await screenshot(welcome, `people-invitee-dashboard-${lang}`)
      await guest.close()

      const again = await browser.newContext({ locale })
      const signedIn = await signIn(again, invitee)
      await screenshot(signedIn, `people-invitee-signed-in-${lang}`)
      await again.close()
    },
    180_000,
  )

  it('over the API: an admin invites and sends again; a non-admin is refused with a 403', async () => {
    const invited = await api('/users/invite', {
      method: 'POST',
      token: adminToken,
      body: { name: 'API Invitee', email: 'api-invitee@e2e.test', role: 'communications' },
    })
    expect(invited.status).toBe(201)
    await waitForMail('api-invitee@e2e.test', 1)
    const again = await api(`/users/${invited.body.doc.id}/invite`, {
      method: 'POST',
      token: adminToken,
    })
    expect(again.status).toBe(200)
    await waitForMail('api-invitee@e2e.test', 2)
    const refused = await api('/users/invite', {
      method: 'POST',
      token: await login(FIRST_EDITOR),
      body: { name: 'Nope', email: 'nope@e2e.test', role: 'admin' },
    })
    expect(refused.status).toBe(403)
  })
})

describe('audit trail', () => {
  async function auditEntry(where: string): Promise<number> {
    const found = await api(`/audit-log?${where}&sort=-at&limit=1`, { token: adminToken })
    return found.body.docs[0].id
  }

  it.each(LANGUAGES)(
    'an audit entry shows each changed field before and after, with nothing from another origin ($lang)',
    async ({ lang, locale }) => {
      const id = await auditEntry(
        `where[collection][equals]=clusters&where[documentId][equals]=${aerospaceId}&where[userEmail][equals]=${SECRETARIAT.email}`,
      )
      const context = await browser.newContext({ locale })
      const page = await signIn(context, ADMIN)
      const requests: string[] = []
      const violations: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`Content Security Policy violation: ${event.blockedURI}`),
        ),
      )
      await page.goto(`${site.base}/admin/collections/audit-log/${id}`)
      await page.waitForLoadState('networkidle')
      const table = page.locator('#audit-changes')
      await table.waitFor({ timeout: 30_000 })
      await table.scrollIntoViewIfNeeded()
      await screenshot(page, `people-audit-${lang}`)
      const row = table.locator('tr', { hasText: lang === 'en' ? 'Summary' : 'Résumé' })
      await expect(row.locator('td').last().innerText()).resolves.toBe(
        'A summary the secretariat rewrote',
      )
      await expect(table.locator('th').first().innerText()).resolves.toBe(
        lang === 'en' ? 'Field' : 'Champ',
      )
      const foreign = requests.filter(
        (url) => !url.startsWith(site.base) && !/^(data|blob):/.test(url),
      )
      expect(foreign).toEqual([])
      expect(violations).toEqual([])
      await context.close()
    },
    120_000,
  )

  it.each(LANGUAGES)(
    'a failed sign-in’s entry is titled in words ($lang)',
    async ({ lang, locale }) => {
      await api('/users/login', {
        method: 'POST',
        body: { email: 'someone@x.test', password: 'not the right password' },
      })
      const id = await auditEntry('where[action][equals]=login_failed')
      const context = await browser.newContext({ locale })
      const page = await signIn(context, ADMIN)
      await page.goto(`${site.base}/admin/collections/audit-log/${id}`)
      const title = page.locator('h1').first()
      await title.waitFor()
      await screenshot(page, `people-failed-sign-in-${lang}`)
      await expect(title.innerText()).resolves.toBe(
        lang === 'en' ? 'Failed sign-in: someone@x.test' : 'Échec de connexion : someone@x.test',
      )
      await context.close()
    },
    120_000,
  )
})
