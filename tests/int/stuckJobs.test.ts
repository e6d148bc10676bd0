import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * A webhook delivery running when its process is killed: the production server runs its jobs,
 * the receiver holds the first delivery without answering (the job is `processing`), and the
 * server is killed with SIGKILL. Once restarted, the job must be released after the timeout
 * (JOBS_STALE_AFTER_SECONDS) and delivered, not left processing forever.
 */
const STALE_AFTER_SECONDS = 3
let site: RunningSite
let receiver: http.Server
const held: http.ServerResponse[] = []
const received: { delivery: string; at: number }[] = []

/** Resolves once `condition` holds, checking every 100 ms; throws after `timeoutMs`. */
async function eventually(condition: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms:\n${site.run.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      received.push({ delivery: String(req.headers['x-grappes-delivery']), at: Date.now() })
      if (received.length === 1) held.push(res)
      else res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  site = await startProductionServer({
    JOBS_IN_PROCESS: 'true',
    JOBS_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
  })
}, 320_000)

afterAll(async () => {
  held.forEach((res) => res.destroy())
  await new Promise((resolve) => receiver.close(resolve))
  if (site.run.child.exitCode === null) site.run.child.kill('SIGKILL')
  await site.run.exited
  await site.database.drop()
  fs.rmSync(site.mediaDir, { recursive: true, force: true })
}, 30_000)

describe('a job running when its process is killed', () => {
  it('is retried after the timeout once the server is back, and completes', async () => {
    const login = await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })
    const token = login.body.token as string
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
    expect(
      (await apiAnswer(site, '/webhooks', { method: 'POST', token, body: { name: 'Site', url } }))
        .status,
    ).toBe(201)
    const published = await apiAnswer(site, '/organizations', {
      method: 'POST',
      token,
      body: { name: 'Écotech', kind: 'secretariat', region: 'quebec', _status: 'published' },
    })
    expect(published.status).toBe(201)

    await eventually(() => received.length === 1, 30_000)
    site.run.child.kill('SIGKILL')
    await site.run.exited

    await site.restart()
    await eventually(() => received.length === 2, 60_000)
    expect(received[1].delivery).toBe(received[0].delivery)
    expect(site.run.output()).toContain(
      `was still processing after ${STALE_AFTER_SECONDS} s without an update: its process stopped; released for attempt 2.`,
    )
    const deliveryPath = `/webhook-deliveries/${received[0].delivery}`
    await eventually(
      async () => (await apiAnswer(site, deliveryPath, { token })).body.status === 'succeeded',
      10_000,
    )
    // The killed attempt never recorded itself on the delivery; the job counted it (totalTried).
    expect((await apiAnswer(site, deliveryPath, { token })).body).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      responseStatus: 204,
    })
  }, 180_000)
})
