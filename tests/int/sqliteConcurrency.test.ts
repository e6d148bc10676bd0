import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let editors: ApiClient[]
let userEmail: string

const waitForMail = async (count: number) => {
  for (let i = 0; i < 100 && inbox.mails.length < count; i++)
    await new Promise((r) => setTimeout(r, 50))
  return inbox.mails
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  userEmail = await createUser(ctx.payload, 'secretariat', await fixtureOrganization(ctx.payload))
  editors = []
  for (const role of ['communications', 'communications', 'admin'] as const)
    editors.push(
      await new ApiClient(ctx.config).login(await createUser(ctx.payload, role), TEST_PASSWORD),
    )
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx.teardown()
  await inbox.stop()
})

describe('database writes under concurrency', () => {
  it('forgot-password answers 200 and mails the reset link', async () => {
    const response = await editors[0].anonymous().post('/users/forgot-password', {
      email: userEmail,
    })
    expect(response.status).toBe(200)
    const mails = await waitForMail(1)
    expect(mails.map((mail) => mail.to)).toEqual([[userEmail]])
    expect(mails[0].raw).toContain('reset')
  })

  it('forgot-password for an unknown e-mail answers the same 200', async () => {
    const response = await editors[0].anonymous().post('/users/forgot-password', {
      email: 'nobody@test.grappes.local',
    })
    expect(response.status).toBe(200)
  })

  it('20 concurrent writes by editors all succeed', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      editors[i % editors.length].post('/organizations', {
        name: `Concurrent org ${i}`,
        kind: 'movement',
        region: 'quebec',
        _status: 'published',
      }),
    )
    const statuses = (await Promise.all(writes)).map((response) => response.status)
    expect(statuses).toEqual(Array(20).fill(201))
    const stored = await ctx.payload.count({
      collection: 'organizations',
      where: { name: { like: 'Concurrent org' } },
    })
    expect(stored.totalDocs).toBe(20)
  })
})
