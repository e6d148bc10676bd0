import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { startSmtpInbox } from '../helpers/smtpInbox'

const EDITOR_PASSWORD = 'an-editor-password-for-tests'

let site: RunningSite
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let adminToken: string

const api = (path: string, init: Parameters<typeof apiAnswer>[2] = {}) =>
  apiAnswer(site, path, init)

const login = async (email: string, password: string) =>
  (await api('/users/login', { method: 'POST', body: { email, password } })).body.token as string

beforeAll(async () => {
  inbox = await startSmtpInbox()
  // The server process inherits the environment: its mail goes to this inbox.
  process.env.SMTP_URL = inbox.url
  site = await startProductionServer()
  adminToken = await login(ADMIN.email, ADMIN.password)
}, 300_000)

afterAll(async () => {
  delete process.env.SMTP_URL
  await site?.stop()
  await inbox?.stop()
})

describe('accounts on the production server (SQLite unless TEST_DATABASE_URL)', () => {
  it('forgot-password answers 200 and the reset mail arrives', async () => {
    const response = await api('/users/forgot-password', {
      method: 'POST',
      body: { email: ADMIN.email },
    })
    expect(response.status).toBe(200)
    for (let i = 0; i < 100 && inbox.mails.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50))
    expect(inbox.mails.map((mail) => mail.to)).toEqual([[ADMIN.email]])
  })

  it('20 concurrent writes by editors over HTTP are all stored', async () => {
    const tokens: string[] = [adminToken]
    for (const n of [1, 2]) {
      const email = `concurrent-editor-${n}@test.grappes.local`
      const created = await api('/users', {
        method: 'POST',
        token: adminToken,
        body: {
          name: email.split('@')[0],
          email,
          password: EDITOR_PASSWORD,
          role: 'communications',
        },
      })
      expect(created.status).toBe(201)
      tokens.push(await login(email, EDITOR_PASSWORD))
    }
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api('/organizations', {
          method: 'POST',
          token: tokens[i % tokens.length],
          body: { name: `Concurrent org ${i}`, kind: 'movement', region: 'quebec' },
        }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201))
    const stored = await api('/organizations?where[name][like]=Concurrent%20org&draft=true', {
      token: adminToken,
    })
    expect(stored.body.totalDocs).toBe(20)
  })

  it('login: an unknown e-mail answers like a wrong password, in the same time', async () => {
    // Four wrong attempts per account at most: past five, the sign-in throttle answers 429.
    const accounts = ['timing-1', 'timing-2', 'timing-3'].map((n) => `${n}@test.grappes.local`)
    for (const email of accounts)
      await api('/users', {
        method: 'POST',
        token: adminToken,
        body: {
          name: email.split('@')[0],
          email,
          password: EDITOR_PASSWORD,
          role: 'communications',
        },
      })
    const attempt = async (who: string) => {
      const started = performance.now()
      const answer = await api('/users/login', {
        method: 'POST',
        body: { email: who, password: 'not-the-password-0' },
      })
      return { ...answer, ms: performance.now() - started }
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 12; i++) {
      const wrong = await attempt(accounts[i % accounts.length])
      const nobody = await attempt(`nobody-${i}@test.grappes.local`)
      expect([wrong.status, nobody.status]).toEqual([401, 401])
      expect(nobody.body).toEqual(wrong.body)
      known.push(wrong.ms)
      unknown.push(nobody.ms)
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length / 2]
    const ratio = median(unknown) / median(known)
    console.log(
      `production login medians: known ${Math.round(median(known))} ms, unknown ${Math.round(median(unknown))} ms`,
    )
    expect(ratio).toBeGreaterThan(0.75)
    expect(ratio).toBeLessThan(1.25)
  })

  it('a deactivated user is signed out at once and cannot sign in', async () => {
    const email = 'leaving-editor@test.grappes.local'
    const created = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { name: email.split('@')[0], email, password: EDITOR_PASSWORD, role: 'communications' },
    })
    const token = await login(email, EDITOR_PASSWORD)
    expect((await api(`/users/${created.body.doc.id}`, { token })).status).toBe(200)
    const deactivated = await api(`/users/${created.body.doc.id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { active: false },
    })
    expect(deactivated.status).toBe(200)
    const after = await api(`/users/${created.body.doc.id}`, { token })
    expect(after.status).toBe(403)
    expect(after.body.errors[0].message).toBe('You are not allowed to perform this action.')
    const refused = await api('/users/login', {
      method: 'POST',
      body: { email, password: EDITOR_PASSWORD },
    })
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0].message).toBe('The email or password provided is incorrect.')
  })
})
