import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchChromium, screenshot } from '../helpers/browser'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * What a refused write answers in production (`NODE_ENV=production`, the built app): the field
 * path and the explanation, in the reader's language, and nothing stored.
 */

const SECRETARIAT = {
  name: 'Marie Gagnon',
  email: 'aero-errors@e2e.test',
  password: 'aero-secretariat-password',
}
const COMMUNICATIONS = {
  name: 'Camille Tremblay',
  email: 'comms-errors@e2e.test',
  password: 'communications-password',
}

type Answer = { status: number; body: any; ms: number }

let site: RunningSite
let browser: Browser
let adminToken: string
let secretariatToken: string
let communicationsToken: string
let aerospaceId: number

async function api(
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const started = performance.now()
  const response = await fetch(`${site.base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...init.headers,
    },
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  })
  const text = await response.text()
  const ms = performance.now() - started
  return { status: response.status, body: text ? JSON.parse(text) : null, ms }
}

const login = async (who: { email: string; password: string }) =>
  (
    await api('/users/login', {
      method: 'POST',
      body: { email: who.email, password: who.password },
    })
  ).body.token as string

/** A published save (Payload validates the fields of published saves only). */
const patchCluster = (data: unknown, token = adminToken, headers?: Record<string, string>) =>
  api(`/clusters/${aerospaceId}`, { method: 'PATCH', body: data, token, headers })

/** A draft save, the only save a secretariat makes. */
const saveDraft = (data: unknown, token: string, headers?: Record<string, string>) =>
  api(`/clusters/${aerospaceId}?draft=true`, { method: 'PATCH', body: data, token, headers })

/** The one field error of a 400 answer. */
function fieldErrors(answer: Answer): Array<{ path: string; message: string }> {
  expect(answer.status).toBe(400)
  return answer.body.errors[0].data.errors
}

const FRENCH = { 'Accept-Language': 'fr-CA,fr;q=0.9' }

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = await login(ADMIN)
  const aerospace = (
    await api('/clusters?where[slug][equals]=aerospace&depth=0', { token: adminToken })
  ).body.docs[0]
  aerospaceId = aerospace.id
  const create = (user: object) => api('/users', { method: 'POST', token: adminToken, body: user })
  await create({ ...SECRETARIAT, role: 'secretariat', organization: aerospace.secretariat })
  await create({ ...COMMUNICATIONS, role: 'communications' })
  secretariatToken = await login(SECRETARIAT)
  communicationsToken = await login(COMMUNICATIONS)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('error bodies in production name the field', () => {
  it('a missing required field', async () => {
    const errors = fieldErrors(await patchCluster({ name: null }))
    expect(errors).toEqual([{ path: 'name', message: 'This field is required.', label: 'Name' }])
  })

  it('a missing required field, in French for a French request', async () => {
    const errors = fieldErrors(await patchCluster({ name: null }, adminToken, FRENCH))
    expect(errors).toEqual([{ path: 'name', message: 'Ce champ est requis.', label: 'Nom' }])
  })

  it('a value of the wrong type', async () => {
    const answer = await patchCluster({
      keyFigures: [{ label: 'L', display: 'D', unit: 'jobs', value: 'many' }],
    })
    expect(fieldErrors(answer)).toEqual([
      expect.objectContaining({
        path: 'keyFigures.0.value',
        message: 'Enter a number, e.g. 39130.',
      }),
    ])
  })

  it('a value of the wrong type, in French', async () => {
    const answer = await patchCluster(
      { keyFigures: [{ label: 'L', display: 'D', unit: 'jobs', value: 'many' }] },
      adminToken,
      FRENCH,
    )
    expect(fieldErrors(answer)).toEqual([
      expect.objectContaining({
        path: 'keyFigures.0.value',
        message: 'Entrez un nombre, par exemple 39130.',
      }),
    ])
  })

  it('a value outside a select', async () => {
    const errors = fieldErrors(await patchCluster({ kind: 'galaxy' }))
    expect(errors).toEqual([
      { path: 'kind', message: 'This field has an invalid selection.', label: 'Kind' },
    ])
  })

  it('a relation to a document that does not exist', async () => {
    const errors = fieldErrors(await patchCluster({ secretariat: 999_999 }))
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'secretariat',
        message: 'No organizations document has the id 999999.',
      }),
    ])
  })

  it('a relation to a document that does not exist, in French', async () => {
    const errors = fieldErrors(await patchCluster({ secretariat: 999_999 }, adminToken, FRENCH))
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'secretariat',
        message: 'Aucun document de organizations n’a l’identifiant 999999.',
      }),
    ])
  })

  it('a hook’s own message: a secretariat cannot publish through the review state', async () => {
    const answer = await saveDraft({ review: { state: 'changes_requested' } }, secretariatToken)
    expect(fieldErrors(answer)).toEqual([
      {
        path: 'review.state',
        message: 'A secretariat submits changes for review; communications decides on them.',
      },
    ])
  })

  it('a hook’s own message in French (the admin in French, or ?locale=fr)', async () => {
    const expected = [
      {
        path: 'review.state',
        message:
          'Un secrétariat soumet ses modifications pour révision; les communications en décident.',
      },
    ]
    const answer = await saveDraft(
      { review: { state: 'changes_requested' } },
      secretariatToken,
      FRENCH,
    )
    expect(fieldErrors(answer)).toEqual(expected)
    const byLocale = await api(`/clusters/${aerospaceId}?draft=true&locale=fr`, {
      method: 'PATCH',
      body: { review: { state: 'changes_requested' } },
      token: secretariatToken,
    })
    expect(fieldErrors(byLocale)).toEqual(expected)
    expect(byLocale.body.errors[0].message).toMatch(
      /^Le champ suivant n’est pas valide\s:\sreview\.state$/,
    )
  })

  it('an editor sending a document back without a comment', async () => {
    await saveDraft({ review: { state: 'in_review' } }, secretariatToken)
    const answer = await saveDraft({ review: { state: 'changes_requested' } }, communicationsToken)
    expect(fieldErrors(answer)).toEqual([
      {
        path: 'review.comment',
        message: 'Say what should change: the comment goes to the secretariat.',
      },
    ])
  })

  it('the password policy', async () => {
    const body = {
      name: 'Short Password',
      email: 'short@e2e.test',
      password: 'hunter2',
      role: 'communications',
    }
    const english = await api('/users', { method: 'POST', token: adminToken, body })
    expect(fieldErrors(english)).toEqual([
      { path: 'password', message: 'Use at least 12 characters: a short sentence works well.' },
    ])
    const french = await api('/users', { method: 'POST', token: adminToken, body, headers: FRENCH })
    expect(fieldErrors(french)).toEqual([
      {
        path: 'password',
        message: 'Utilisez au moins 12 caractères : une courte phrase fait l’affaire.',
      },
    ])
    const stored = await api('/users?where[email][equals]=short@e2e.test', { token: adminToken })
    expect(stored.body.totalDocs).toBe(0)
  })
})

describe('writes are validated as a whole: a malformed write is a 400 and nothing is stored', () => {
  const published = async () =>
    (await api(`/clusters/${aerospaceId}?depth=0`)).body as { name: string; _status: string }

  it('`_status` takes only draft or published', async () => {
    const answer = await api(`/clusters/${aerospaceId}`, {
      method: 'PATCH',
      token: adminToken,
      body: { _status: 'archived' },
    })
    expect(fieldErrors(answer)).toEqual([expect.objectContaining({ path: '_status' })])
    const after = await api(`/clusters/${aerospaceId}?depth=0`)
    expect(after.status).toBe(200)
    expect(after.body._status).toBe('published')
  })

  it('rich text must be a Lexical document', async () => {
    const answer = await api(`/clusters/${aerospaceId}`, {
      method: 'PATCH',
      token: adminToken,
      body: { body: { root: 1 } },
    })
    expect(fieldErrors(answer)).toEqual([expect.objectContaining({ path: 'body' })])
    const page = await fetch(`${site.base}/en/clusters/aerospace`)
    expect(page.status).toBe(200)
    expect(typeof (await published()).name).toBe('string')
  })

  const malformed: Array<[string, string, unknown, string]> = [
    ['an array given an object', 'clusters', { highlights: { text: 'x' } }, 'highlights'],
    ['an array given a string', 'clusters', { keyFigures: 'many' }, 'keyFigures'],
    ['a group given a string', 'clusters', { sectorBreakdown: 'finance' }, 'sectorBreakdown'],
    ['a group given an array', 'clusters', { review: ['x'] }, 'review'],
    ['a text given an object', 'clusters', { summary: { en: 'x' } }, 'summary'],
    ['a text given a number', 'clusters', { name: 42 }, 'name'],
    ['a select given an array', 'clusters', { kind: ['cluster'] }, 'kind'],
    ['a select outside its options, in a draft', 'clusters', { kind: 'galaxy' }, 'kind'],
    ['a relation given an object', 'clusters', { secretariat: { x: 1 } }, 'secretariat'],
    ['rich text given a string', 'clusters', { body: 'plain text' }, 'body'],
    [
      'rich text with a node without type',
      'clusters',
      { body: { root: { type: 'root', children: [{ children: [] }] } } },
      'body',
    ],
    ['a row of an array given a string', 'clusters', { highlights: ['x'] }, 'highlights.0'],
    [
      'a number given a boolean',
      'clusters',
      { keyFigures: [{ label: 'L', display: 'D', unit: 'jobs', value: true }] },
      'keyFigures.0.value',
    ],
  ]

  it.each(malformed)('%s', async (_kind, collection, data, path) => {
    const before = await api(`/${collection}/${aerospaceId}?draft=true&depth=0`, {
      token: adminToken,
    })
    const answer = await api(`/${collection}/${aerospaceId}?draft=true`, {
      method: 'PATCH',
      token: adminToken,
      body: data,
    })
    expect(fieldErrors(answer)).toEqual(expect.arrayContaining([expect.objectContaining({ path })]))
    const after = await api(`/${collection}/${aerospaceId}?draft=true&depth=0`, {
      token: adminToken,
    })
    expect(after.body).toEqual(before.body)
  })
})

describe('every field its type, in other collections', () => {
  it('a date given garbage', async () => {
    const answer = await saveDraft({ review: { submittedAt: 'notadate' } }, adminToken)
    expect(fieldErrors(answer)).toEqual([
      { path: 'review.submittedAt', message: 'Expected a date, e.g. 2026-03-31.' },
    ])
  })

  it('blocks of an unknown type, and blocks given an object', async () => {
    const page = (await api('/pages?limit=1&depth=0', { token: adminToken })).body.docs[0]
    const write = (data: unknown) =>
      api(`/pages/${page.id}?draft=true`, { method: 'PATCH', token: adminToken, body: data })
    expect(fieldErrors(await write({ layout: [{ blockType: 'carousel' }] }))).toEqual([
      { path: 'layout.0', message: 'Unknown block type: carousel.' },
    ])
    expect(fieldErrors(await write({ layout: { blockType: 'richText' } }))).toEqual([
      { path: 'layout', message: 'Expected a list of rows.' },
    ])
    const after = await api(`/pages/${page.id}?draft=true&depth=0`, { token: adminToken })
    expect(after.body.layout).toEqual(page.layout)
  })

  it('a checkbox given a word, on create: nothing is stored', async () => {
    const answer = await api('/webhooks', {
      method: 'POST',
      token: adminToken,
      body: { name: 'Hook', url: 'https://example.com/hook', events: [], active: 'yes' },
    })
    expect(fieldErrors(answer)).toEqual([{ path: 'active', message: 'Expected true or false.' }])
    expect((await api('/webhooks', { token: adminToken })).body.totalDocs).toBe(0)
  })
})

describe('arrays are bounded', () => {
  const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ text: `row ${i}` }))

  it.each([
    ['an editor', () => communicationsToken],
    ['a secretariat saving a draft', () => secretariatToken],
  ])('a 50,000-row PATCH from %s is a 400 within a second', async (_who, token) => {
    const body = JSON.stringify({ highlights: rows(50_000) })
    expect(body.length).toBeGreaterThan(700_000)
    const health = (async () => {
      const answers: number[] = []
      for (let i = 0; i < 5; i++) {
        answers.push((await fetch(`${site.base}/healthz`)).status)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return answers
    })()
    const answer = await saveDraft(body, token())
    expect(fieldErrors(answer)).toEqual([expect.objectContaining({ path: 'highlights' })])
    expect(answer.ms).toBeLessThan(1_000)
    expect(await health).toEqual([200, 200, 200, 200, 200])
  })

  it('an array over its maxRows is a 400 naming it', async () => {
    const errors = fieldErrors(await patchCluster({ highlights: rows(31) }))
    expect(errors).toEqual([expect.objectContaining({ path: 'highlights' })])
  })
})

/**
 * The admin shows server field errors on published saves and on collections without drafts (on a
 * draft save Payload keeps the form "unsubmitted" and only toasts). A short password is refused by
 * our hook alone, never by the admin's own form validation, so only the server's answer can mark
 * the field.
 */
describe('the admin highlights the field the server refused', () => {
  it.each([
    ['en-CA', 'Use at least 12 characters: a short sentence works well.'],
    ['fr-CA', 'Utilisez au moins 12 caractères : une courte phrase fait l’affaire.'],
  ])('a new user with a short password (%s)', async (locale, message) => {
    browser ??= await launchChromium()
    const context = await browser.newContext({ locale })
    const page = await context.newPage()
    await page.goto(`${site.base}/admin/login`)
    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${site.base}/admin/collections/users/create`)
    await page.waitForLoadState('networkidle')
    await page.fill('#field-email', `short-${locale}@e2e.test`)
    await page.fill('#field-password', 'hunter2')
    await page.fill('#field-confirm-password', 'hunter2')
    const saved = page.waitForResponse(
      (response) => response.url().includes('/api/users') && response.request().method() === 'POST',
      { timeout: 30_000 },
    )
    await page.click('#action-save')
    expect((await saved).status()).toBe(400)
    const password = page.locator('.field-type.error', { has: page.locator('#field-password') })
    await password
      .first()
      .waitFor({ timeout: 30_000 })
      .finally(() => screenshot(page, `errors-short-password-${locale}`))
    await expect(password.first().textContent()).resolves.toContain(message)
    await context.close()
  })
})
