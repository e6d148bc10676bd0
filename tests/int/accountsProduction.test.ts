import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'
import { startSmtpInbox } from '../helpers/smtpInbox'

const EDITOR_PASSWORD = 'an-editor-password-for-tests'

let site: RunningSite
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let adminToken: string

type Answer = { status: number; body: any }

async function api(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${site.base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return { status: response.status, body: await response.json() }
}

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
        body: { email, password: EDITOR_PASSWORD, role: 'communications' },
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
})
