import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { startServerProcess, waitForOutput, type ServerRun } from '../helpers/serverProcess'

/**
 * The platform as the README starts it: the Express host with Next (development mode, so no
 * build is needed), on an empty database that it migrates and seeds, then stopped with SIGTERM.
 */
const port = 3900 + Math.floor(Math.random() * 90)
const base = `http://127.0.0.1:${port}`
let database: TestDatabase
let mediaDir: string
let run: ServerRun

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-media-'))
  run = startServerProcess({
    DATABASE_URL: database.url,
    PORT: String(port),
    SERVER_URL: base,
    MEDIA_DIR: mediaDir,
    SEED_ON_START: 'true',
    ADMIN_EMAIL: 'admin@server.test',
    ADMIN_PASSWORD: 'a-long-admin-password',
  })
  await waitForOutput(run, 'Grappes is ready', 120_000)
}, 150_000)

afterAll(async () => {
  if (run.child.exitCode === null) {
    run.child.kill('SIGKILL')
    await run.exited
  }
  await database.drop()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('the Express server', () => {
  it('seeds an empty database on first start and prints the admin login', () => {
    expect(run.output()).toContain('[seed] clusters 15/15')
    expect(run.output()).toContain('Admin login: admin@server.test / a-long-admin-password')
  })

  it('serves REST in French', async () => {
    const response = await fetch(
      `${base}/api/clusters?locale=fr&limit=20&where[slug][equals]=aerospace`,
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.docs[0].name).toBe('Aérospatiale')
  }, 90_000)

  it('serves GraphQL', async () => {
    const response = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Clusters(limit: 50) { totalDocs } }' }),
    })
    expect(response.status).toBe(200)
    expect((await response.json()).data.Clusters.totalDocs).toBe(15)
  }, 90_000)

  it('serves the admin', async () => {
    const response = await fetch(`${base}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  }, 120_000)

  it('is ready, then stops cleanly on SIGTERM', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200)
    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
    expect(run.output()).toContain('stopped cleanly')
  })
})
