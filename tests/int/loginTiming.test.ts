import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser } from '../helpers/users'

let ctx: TestContext
let client: ApiClient
const existing: string[] = []
const ROUNDS = 12

beforeAll(async () => {
  ctx = await startPayload()
  client = new ApiClient(ctx.config)
  // One account per attempt: past five wrong passwords the throttle answers 429 (a different answer).
  for (let i = 0; i < ROUNDS; i++) existing.push(await createUser(ctx.payload, 'communications'))
})

afterAll(async () => {
  await ctx.teardown()
})

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timedLogin(email: string) {
  const started = performance.now()
  const response = await client.post('/users/login', { email, password: 'wrong-password-123' })
  return { ms: performance.now() - started, status: response.status, body: response.body }
}

describe('login does not tell which accounts exist', () => {
  it('an unknown e-mail and a wrong password get the same status and message', async () => {
    const known = await timedLogin(existing[0])
    const unknown = await timedLogin('nobody-here@test.grappes.local')
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(known.body)
  })

  it('the median time of an unknown e-mail is within 25% of a wrong password', async () => {
    await timedLogin('warm-up@test.grappes.local')
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    for (let i = 1; i < ROUNDS; i++) {
      knownTimes.push((await timedLogin(existing[i])).ms)
      unknownTimes.push((await timedLogin(`unknown-${i}@test.grappes.local`)).ms)
    }
    const ratio = median(unknownTimes) / median(knownTimes)
    console.log(
      `login medians: known ${median(knownTimes).toFixed(1)} ms, unknown ${median(unknownTimes).toFixed(1)} ms`,
    )
    expect(ratio).toBeGreaterThan(0.75)
    expect(ratio).toBeLessThan(1.25)
  })
})
