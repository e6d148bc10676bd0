import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { startRedisServer, type RedisTestServer } from '../helpers/redisServer'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'

/**
 * `/readyz` of the production server, with Redis and an S3 bucket configured, as a load balancer
 * sees it while each dependency goes away: 503 naming what failed (and nothing else), 200 again
 * once it is back.
 */
let site: RunningSite
let redis: RedisTestServer
let s3: S3TestServer

type Readiness = { status: number; body: unknown }

const readiness = async (): Promise<Readiness> => {
  const response = await fetch(`${site.base}/readyz`)
  return { status: response.status, body: await response.json() }
}

/** Asks until the status is `status` (each check takes at most 2 s), then returns that answer. */
async function readinessOnce(status: number, timeoutMs = 20_000): Promise<Readiness> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await readiness()
    if (answer.status === status || Date.now() > deadline) return answer
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

beforeAll(async () => {
  redis = await startRedisServer()
  s3 = await startS3Server()
  site = await startProductionServer({ REDIS_URL: redis.url, ...s3.env })
}, 320_000)

afterAll(async () => {
  if (site.run.child.exitCode === null) site.run.child.kill('SIGKILL')
  await site.run.exited
  await site.database.drop()
  fs.rmSync(site.mediaDir, { recursive: true, force: true })
  await redis.kill()
  await s3.stop().catch(() => undefined)
}, 30_000)

describe('/readyz tells the truth', () => {
  it('is 200 with only a status while the database, Redis and the bucket answer', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready' } })
  })

  it('is 503 naming redis while Redis is down, and 200 once it is back', async () => {
    await redis.kill()
    expect(await readinessOnce(503)).toEqual({
      status: 503,
      body: { status: 'unavailable', failed: ['redis'] },
    })
    await redis.restart()
    expect(await readinessOnce(200)).toEqual({ status: 200, body: { status: 'ready' } })
  })

  it('is 503 naming storage once the bucket cannot be reached', async () => {
    await s3.stop()
    expect(await readinessOnce(503)).toEqual({
      status: 503,
      body: { status: 'unavailable', failed: ['storage'] },
    })
  })

  it('is 503 naming the database once it is gone (SQLite file deleted, PostgreSQL database dropped)', async () => {
    await site.database.drop()
    expect(await readinessOnce(503)).toEqual({
      status: 503,
      body: { status: 'unavailable', failed: ['database', 'storage'] },
    })
    expect(site.run.output()).toContain('[grappes] not ready: database')
  })

  it('is 503 while the server drains, on a connection opened before SIGTERM', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const get = () =>
      new Promise<{ status?: number; connection?: string; body: string }>((resolve, reject) => {
        http
          .get(`${site.base}/readyz`, { agent }, (response) => {
            let body = ''
            response.on('data', (chunk) => (body += chunk))
            response.on('end', () =>
              resolve({
                status: response.statusCode,
                connection: response.headers.connection,
                body,
              }),
            )
          })
          .on('error', reject)
      })
    expect((await get()).status).toBe(503)
    site.run.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await get()).toEqual({
      status: 503,
      connection: 'close',
      body: JSON.stringify({ status: 'shutting-down' }),
    })
    agent.destroy()
  })
})
