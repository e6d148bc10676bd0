import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../helpers/freePort'
import { readmeExamples, runnableScript } from '../helpers/readmeExamples'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import type { ServerRun } from '../helpers/serverProcess'

/**
 * The README's examples for front-end teams, run as written against the production server on the
 * seeded content: every `curl` of it (REST, GraphQL, CORS, ETag…), and the webhook receiver of
 * `examples/` receiving a real, signed delivery.
 */

let site: RunningSite
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-readme-'))
const FRONT_END = 'https://front.example'

beforeAll(async () => {
  site = await startProductionServer({
    ALLOWED_ORIGINS: FRONT_END,
    // Webhook deliveries go out from this server's job cron, every second.
    JOBS_IN_PROCESS: 'true',
    JOBS_CRON: '* * * * * *',
  })
}, 360_000)

afterAll(async () => {
  await site?.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('every curl example of the README', () => {
  const examples = readmeExamples()

  it('finds the examples the README documents (REST, GraphQL, CORS, ETag, sign-in)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
    expect(examples.map(({ script }) => script).join('\n')).toMatch(/If-None-Match/)
  })

  it.each(examples.map((example) => [example.line, example] as const))(
    'the example at README line %i runs as written and shows what the README shows',
    (_line, example) => {
      const run = spawnSync('bash', ['-c', runnableScript(example, site.base)], {
        // Files an example downloads land in a scratch folder, not in the repository.
        cwd: scratch,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      })
      const statuses = [...run.stderr.matchAll(/^HTTP (\d{3})$/gm)].map(([, status]) => status)
      const answersAnError = example.shownOutputs.some((shown) => shown.startsWith('{"errors"'))
      expect({ exit: run.status, stderr: run.stderr.replace(/^HTTP \d{3}\n/gm, '') }).toEqual({
        exit: 0,
        stderr: '',
      })
      for (const shown of example.shownOutputs) expect(run.stdout).toContain(shown)
      // A read the README shows without its output must succeed, not answer an error page.
      if (!answersAnError) {
        expect(statuses.filter((status) => Number(status) >= 400)).toEqual([])
        expect(run.stdout).not.toContain('"errors"')
      }
    },
  )
})

const SECRET = 'a-receiver-secret-for-the-readme-test'

/** `examples/webhookReceiver.ts`, started as the README says. */
function startReceiver(port: number): ServerRun {
  const child = spawn('npx', ['tsx', 'examples/webhookReceiver.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '', WEBHOOK_SECRET: SECRET, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own: stopping it stops the program npx started too.
    detached: true,
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  return { child, output: () => output, exited }
}

async function waitForLine(run: ServerRun, line: RegExp, withinMs: number): Promise<string> {
  const until = Date.now() + withinMs
  while (Date.now() < until) {
    const found = run.output().match(line)
    if (found) return found[0]
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no line ${line} within ${withinMs} ms; output:\n${run.output()}`)
}

describe('the example webhook receiver', () => {
  let receiver: ServerRun
  let receiverUrl: string

  beforeAll(async () => {
    const port = await freePort()
    receiverUrl = `http://127.0.0.1:${port}/`
    receiver = startReceiver(port)
    await waitForLine(receiver, /Receiving Grappes webhooks on/, 60_000)
  }, 90_000)

  afterAll(async () => {
    if (receiver) process.kill(-receiver.child.pid!, 'SIGTERM')
    await receiver?.exited
  })

  it('verifies and prints a real delivery of a publish', async () => {
    const { body: login } = await apiAnswer(site, '/users/login', {
      method: 'POST',
      body: ADMIN,
    })
    const token: string = login.token
    const created = await apiAnswer(site, '/webhooks', {
      method: 'POST',
      token,
      body: { name: 'README receiver', url: receiverUrl, secret: SECRET, events: ['publish'] },
    })
    expect(created.status).toBe(201)
    const { body: found } = await apiAnswer(site, '/clusters?where[slug][equals]=aerospace&depth=0')
    const aerospace = found.docs[0]
    const published = await apiAnswer(site, `/clusters/${aerospace.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await waitForLine(receiver, /^verified .*$/m, 60_000)).toBe(
      `verified publish clusters ${aerospace.id} aerospace`,
    )
  }, 120_000)

  it('refuses a body that does not match its signature, and an old timestamp, with 401', async () => {
    const sendSigned = (signature: string) =>
      fetch(receiverUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-grappes-signature': signature },
        body: '{"event":"delete","collection":"clusters","id":1}',
      })
    const now = Math.floor(Date.now() / 1000)
    const forged = await sendSigned(`t=${now},v1=${'0'.repeat(64)}`)
    expect([forged.status, await forged.text()]).toEqual([401, 'signature does not match'])
    const replayed = await sendSigned(`t=${now - 3600},v1=${'0'.repeat(64)}`)
    expect([replayed.status, await replayed.text()]).toEqual([401, 'timestamp too old'])
    const unsigned = await fetch(receiverUrl, { method: 'POST', body: '{}' })
    expect([unsigned.status, await unsigned.text()]).toEqual([
      401,
      'no valid X-Grappes-Signature header',
    ])
  })
})
