import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { runDueJobs } from '../helpers/jobs'
import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

type Received = { headers: http.IncomingHttpHeaders; body: string; answered: number }

let ctx: TestContext
let admin: ApiClient
let receiver: http.Server
let url: string
let org: number
const received: Received[] = []
const answers = [500, 200, 200, 200]
const SECRET = 'whsec-test-0123456789'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const answered = answers[received.length] ?? 200
      received.push({ headers: req.headers, body, answered })
      res.writeHead(answered).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/grappes`
  process.env.WEBHOOK_RETRY_DELAY_MS = '200'
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
  org = await fixtureOrganization(ctx.payload) // before the webhook exists: its publish is not under test
  expect((await admin.post('/webhooks', { name: 'Public site', url, secret: SECRET })).status).toBe(
    201,
  )
})

afterAll(async () => {
  delete process.env.WEBHOOK_RETRY_DELAY_MS
  await ctx.teardown()
  await new Promise((resolve) => receiver.close(resolve))
})

describe('outbound webhooks', () => {
  let clusterId: number

  it('POSTs a signed event on publish, retried after a failure, with the history kept', async () => {
    clusterId = (
      await admin.post('/clusters', {
        name: 'Optics',
        kind: 'cluster',
        region: 'sherbrooke',
        secretariat: org,
        summary: 's',
        _status: 'published',
      })
    ).body.doc.id
    await runDueJobs(ctx.payload)
    expect(received).toHaveLength(1)
    expect(received[0].answered).toBe(500)
    await sleep(400)
    await runDueJobs(ctx.payload)
    expect(received).toHaveLength(2)

    const delivery = received[1]
    const event = JSON.parse(delivery.body)
    expect(event).toMatchObject({
      event: 'publish',
      collection: 'clusters',
      id: clusterId,
      slug: 'optics',
    })
    expect(delivery.headers['x-grappes-event']).toBe('publish')
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
      String(delivery.headers['x-grappes-signature']),
    )!
    expect(createHmac('sha256', SECRET).update(`${t}.${delivery.body}`).digest('hex')).toBe(v1)
    expect(
      createHmac('sha256', 'another-secret').update(`${t}.${delivery.body}`).digest('hex'),
    ).not.toBe(v1)

    const history = await admin.get('/webhook-deliveries', {
      where: { event: { equals: 'publish' } },
    })
    expect(history.body.docs[0]).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      responseStatus: 200,
    })
  })

  it('sends unpublish and delete, and nothing for a draft save', async () => {
    await admin.patch(`/clusters/${clusterId}`, { summary: 'draft only' }, { draft: 'true' })
    await admin.patch(`/clusters/${clusterId}`, { _status: 'draft' })
    await admin.delete(`/clusters/${clusterId}`)
    await runDueJobs(ctx.payload)
    expect(
      received
        .slice(2)
        .map((r) => JSON.parse(r.body).event)
        .sort(),
    ).toEqual(['delete', 'unpublish'])
  })

  it('POSTs the ecosystem figures’ publish and unpublish, signed, and nothing for their drafts', async () => {
    const before = received.length
    const groups = [{ key: 'webhooked', title: 'Webhooked', figures: [] }]
    await admin.post('/globals/ecosystem-figures', { groups }, { draft: 'true' })
    await runDueJobs(ctx.payload)
    expect(received).toHaveLength(before)

    await admin.post('/globals/ecosystem-figures', { groups, _status: 'published' })
    await admin.post('/globals/ecosystem-figures', { _status: 'draft' })
    await runDueJobs(ctx.payload)
    const sent = received.slice(before)
    const bodies = sent
      .map((r) => JSON.parse(r.body))
      .sort((a, b) => a.event.localeCompare(b.event))
    expect(bodies).toEqual([
      { event: 'publish', global: 'ecosystem-figures', occurredAt: expect.any(String) },
      { event: 'unpublish', global: 'ecosystem-figures', occurredAt: expect.any(String) },
    ])
    for (const delivery of sent) {
      expect(delivery.headers['x-grappes-event']).toBe(JSON.parse(delivery.body).event)
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
        String(delivery.headers['x-grappes-signature']),
      )!
      expect(createHmac('sha256', SECRET).update(`${t}.${delivery.body}`).digest('hex')).toBe(v1)
    }
  })

  it('keeps the delivery history out of everyone’s reach but admins’', async () => {
    const comms = await new ApiClient(ctx.config).login(
      await createUser(ctx.payload, 'communications'),
      TEST_PASSWORD,
    )
    expect((await comms.get('/webhook-deliveries')).status).toBe(403)
    expect((await comms.get('/webhooks')).status).toBe(403)
    const [entry] = (await admin.get('/webhook-deliveries')).body.docs
    expect(
      (await admin.patch(`/webhook-deliveries/${entry.id}`, { status: 'failed' })).status,
    ).toBe(403)
  })
})
