import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { freePort } from '../helpers/freePort'
import { ADMIN, ensureProductionBuild } from '../helpers/productionServer'
import { seededTemplate } from '../helpers/seededTemplate'
import { waitForOutput, type ServerRun } from '../helpers/serverProcess'

/**
 * `npm start` with its settings in `.env` only, as `npm run quickstart` leaves them: the host loads
 * `.env` before the config reads the environment. A copy of the project whose `.env` is its own
 * (every other entry a link to this checkout) runs the compiled host with no setting in its
 * environment; a config built before `.env` was read would stop the start (no PAYLOAD_SECRET).
 */
describe('npm start with the settings in .env', () => {
  let dir: string
  let database: TestDatabase
  let run: ServerRun
  let base: string

  beforeAll(async () => {
    ensureProductionBuild()
    const seeded = await seededTemplate(ADMIN)
    database = await createTestDatabase(seeded.template)
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-dotenv-'))
    for (const entry of fs.readdirSync(process.cwd()))
      if (!entry.startsWith('.env') && entry !== '.git')
        fs.symlinkSync(path.join(process.cwd(), entry), path.join(dir, entry))
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const settings = {
      PAYLOAD_SECRET: 'a-secret-read-from-dot-env-0123456789abcdef',
      DATABASE_URL: database.url,
      PORT: String(port),
      SERVER_URL: base,
      MEDIA_DIR: seeded.mediaDir,
      RESPONSE_CACHE: 'off',
      JOBS_IN_PROCESS: 'false',
      TWO_FACTOR_REQUIRED_ROLES: '',
    }
    fs.writeFileSync(
      path.join(dir, '.env'),
      Object.entries(settings)
        .map(([name, value]) => `${name}=${value}`)
        .join('\n'),
    )
    const child = spawn(process.execPath, ['--conditions=production', 'dist/server.mjs'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    run = {
      child,
      output: () => output,
      exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    }
    await waitForOutput(run, 'Grappes is ready', 300_000)
  }, 400_000)

  afterAll(async () => {
    run?.child.kill('SIGTERM')
    await run?.exited
    await database?.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('starts on the database and port that .env names, and answers', async () => {
    expect(run.output()).toContain(`${base}/api`)
    const answer = await fetch(`${base}/api/clusters?limit=1&depth=0`)
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { totalDocs: number }).totalDocs).toBe(15)
  })

  it('signs tokens with the PAYLOAD_SECRET of .env', async () => {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const me = await fetch(`${base}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ADMIN.email)
  })
})
