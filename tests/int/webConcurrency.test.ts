import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { startRedisServer, type RedisTestServer } from '../helpers/redisServer'
import { startServerProcess, waitForOutput } from '../helpers/serverProcess'

/**
 * `WEB_CONCURRENCY=2` (src/server/workers.ts) on the production server: two processes on one port,
 * sharing the content version and the response cache through Redis, so that what one publishes
 * every one serves at once; refused without Redis; stopped as one.
 */
const LIST = '/api/clusters?depth=1&locale=fr&limit=20'

/** A GET on a connection of its own: the primary hands each connection to the next worker. */
function getOnNewConnection(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}

const childrenOf = (pid: number) =>
  fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)

describe('WEB_CONCURRENCY=2 with Redis', () => {
  let redis: RedisTestServer
  let site: RunningSite
  beforeAll(async () => {
    redis = await startRedisServer()
    site = await startProductionServer({ WEB_CONCURRENCY: '2', REDIS_URL: redis.url })
    await waitForOutput(site.run, '2 server processes share port', 300_000)
  }, 400_000)
  afterAll(async () => {
    await site?.stop()
    await redis?.kill()
  })

  it('runs two server processes under one primary', () => {
    expect(childrenOf(site.run.child.pid!)).toHaveLength(2)
    expect(site.run.output().match(/Grappes is ready/g)).toHaveLength(2)
  })

  it('serves what one process published from every process, at once', async () => {
    for (let i = 0; i < 6; i++)
      expect((await getOnNewConnection(`${site.base}${LIST}`)).status).toBe(200)
    const login = await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })
    const cluster = (await apiAnswer(site, '/clusters?limit=1&depth=0&sort=name')).body.docs[0]
    const summary = 'Publié par un processus, lu par tous'
    const published = await apiAnswer(site, `/clusters/${cluster.id}?locale=fr`, {
      method: 'PATCH',
      token: login.body.token,
      body: { summary, _status: 'published' },
    })
    expect(published.status).toBe(200)
    for (let i = 0; i < 10; i++) {
      const read = await getOnNewConnection(`${site.base}${LIST}`)
      expect(read.status).toBe(200)
      expect(read.body).toContain(summary)
    }
  })

  it('refuses a signed-out JWT in every process from the next request', async () => {
    const login = await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })
    const auth = { Authorization: `JWT ${login.body.token}` }
    // Every process reads the user once and keeps it (src/plugins/signedInUsers).
    for (let i = 0; i < 6; i++) {
      const me = await getOnNewConnection(`${site.base}/api/users/me`, auth)
      expect(JSON.parse(me.body).user?.email).toBe(ADMIN.email)
    }
    const out = await apiAnswer(site, '/users/logout', { method: 'POST', token: login.body.token })
    expect(out.status).toBe(200)
    for (let i = 0; i < 6; i++) {
      const me = await getOnNewConnection(`${site.base}/api/users/me`, auth)
      expect(JSON.parse(me.body).user).toBeNull()
    }
  })

  it('stops every process on SIGTERM, and exits 0', async () => {
    const workers = childrenOf(site.run.child.pid!)
    site.run.child.kill('SIGTERM')
    expect(await site.run.exited).toBe(0)
    for (const pid of workers) expect(fs.existsSync(`/proc/${pid}`)).toBe(false)
  })
})

describe('WEB_CONCURRENCY=2 without what the processes must share', () => {
  it.each([
    [{ REDIS_URL: '' }, 'WEB_CONCURRENCY=2 needs REDIS_URL'],
    [
      { REDIS_URL: 'redis://127.0.0.1:6379', PAYLOAD_SECRET: '' },
      'WEB_CONCURRENCY=2 needs PAYLOAD_SECRET',
    ],
  ])('refuses to start with %j', async (settings, message) => {
    const run = startServerProcess(
      {
        NODE_ENV: 'development',
        DATABASE_URL: 'file:./data/never-opened.db',
        WEB_CONCURRENCY: '2',
        ...settings,
      },
      'production',
    )
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain(message)
  })
})
