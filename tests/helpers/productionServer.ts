import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createTestDatabase, type TestDatabase } from './database'
import { freePort } from './freePort'
import { seededTemplate } from './seededTemplate'
import { startServerProcess, waitForOutput, type ServerRun } from './serverProcess'

export const ADMIN = { email: 'admin@e2e.test', password: 'an-admin-password-for-e2e' }

/**
 * Builds the app once when no production build exists (CI builds before the tests): Next's build
 * and the compiled host (`npm run build` makes both; `build:server` the host alone, in a second).
 */
export function ensureProductionBuild(): void {
  const env = { ...process.env, NODE_OPTIONS: '' }
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID')))
    execSync('npm run build', { stdio: 'inherit', env })
  else if (!fs.existsSync(path.join(process.cwd(), 'dist', 'server.mjs')))
    execSync('npm run build:server', { stdio: 'inherit', env })
}

export type RunningSite = {
  base: string
  run: ServerRun
  database: TestDatabase
  /** Where the server keeps uploaded files (an in-process Payload on its database shares it). */
  mediaDir: string
  stop: () => Promise<void>
  /** Starts the server again, same database, port and settings, once its process has ended. */
  restart: () => Promise<void>
}

/** Settings that change what a start seeds, or where: a server given one seeds on its own. */
const SEED_SETTINGS = /^(SEED_ON_START|ADMIN_|S3_|DATABASE_URL$|MEDIA_DIR$)/

/**
 * The production server (`npm start`) on a fresh, seeded database and a port of its own; `env`
 * adds or overrides settings of that server only. The database is a copy of the run's seeded one
 * (the server finds it not empty and seeds nothing), unless `env` changes what the seed does.
 */
export async function startProductionServer(
  env: Record<string, string> = {},
): Promise<RunningSite> {
  ensureProductionBuild()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-media-'))
  let database: TestDatabase
  if (Object.keys(env).some((key) => SEED_SETTINGS.test(key))) database = await createTestDatabase()
  else {
    const seeded = await seededTemplate(ADMIN)
    database = await createTestDatabase(seeded.template)
    fs.cpSync(seeded.mediaDir, mediaDir, { recursive: true })
  }
  return serveProduction(database, mediaDir, { SEED_ON_START: 'true', ...env }, async () => {
    await database.drop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })
}

/**
 * The production server on `database` and `mediaDir` with `settings` over the test defaults, on a
 * port of its own; `stop` ends it, then runs `cleanup` (what the caller owns stays otherwise).
 */
export async function serveProduction(
  database: TestDatabase,
  mediaDir: string,
  settings: Record<string, string>,
  cleanup: () => Promise<void> = async () => {},
): Promise<RunningSite> {
  const port = await freePort()
  const base = `http://localhost:${port}`
  const start = async () => {
    const run = startServerProcess(
      {
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PORT: String(port),
        SERVER_URL: base,
        MEDIA_DIR: mediaDir,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JOBS_IN_PROCESS: 'false',
        RATE_LIMIT_LOGIN: '1000',
        ...settings,
      },
      'production',
    )
    // A seeded start takes about a minute; on a busy machine (CI, parallel builds) several.
    await waitForOutput(run, 'Grappes is ready', 300_000)
    return run
  }
  const site: RunningSite = {
    base,
    run: await start(),
    database,
    mediaDir,
    stop: async () => {
      site.run.child.kill('SIGTERM')
      await site.run.exited
      await cleanup()
    },
    restart: async () => {
      if (site.run.child.exitCode === null && site.run.child.signalCode === null)
        throw new Error('restart() needs the server stopped first')
      site.run = await start()
    },
  }
  return site
}

/** A JSON request to the running server's REST API, signed in with `token` when given. */
export async function apiJson(
  site: RunningSite,
  path: string,
  init: RequestInit & { token?: string } = {},
) {
  const headers = {
    'content-type': 'application/json',
    ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
  }
  const response = await fetch(`${site.base}/api${path}`, { ...init, headers })
  return response.json()
}

/** A REST answer: its status and its JSON body. */
export type ApiAnswer = { status: number; body: any }

/** A REST request to the running server with a JSON `body`; the answer keeps its status. */
export async function apiAnswer(
  site: RunningSite,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<ApiAnswer> {
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
