import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * A GraphQL login is a login attempt: against the production server with a login limit of 3,
 * the fourth attempt from one address is refused, by GraphQL and by REST alike.
 */

const LOGIN_LIMIT = 3
let site: RunningSite

async function post(path: string, body: unknown) {
  const response = await fetch(`${site.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    retryAfter: Number(response.headers.get('retry-after')),
    body: (await response.json()) as { errors?: { message: string }[] },
  }
}

const graphqlLogin = (i: number) =>
  post('/api/graphql', {
    query: `mutation { loginUser(email: "nobody${i}@limit.test", password: "wrong password ${i}") { token } }`,
  })

beforeAll(async () => {
  site = await startProductionServer({ RATE_LIMIT_LOGIN: String(LOGIN_LIMIT) })
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('GraphQL logins and the login rate limit', () => {
  it('counts each GraphQL loginUser as a login attempt, in the same count as REST', async () => {
    const statuses = []
    for (let i = 0; i < LOGIN_LIMIT; i++) statuses.push((await graphqlLogin(i)).status)
    expect(statuses).toEqual([401, 401, 401])

    const refused = await graphqlLogin(LOGIN_LIMIT)
    expect(refused.status).toBe(429)
    expect(refused.retryAfter).toBeGreaterThan(0)
    expect(refused.retryAfter).toBeLessThanOrEqual(60)
    expect(refused.body.errors?.map((error) => error.message)).toEqual([
      'Too many requests to login: try again in a little while.',
    ])
    const rest = await post('/api/users/login', { email: 'nobody@limit.test', password: 'x' })
    expect(rest.status).toBe(429)
  })

  it('does not count GraphQL queries as login attempts', async () => {
    expect(
      (await post('/api/graphql', { query: '{ Clusters(limit: 1) { totalDocs } }' })).status,
    ).toBe(200)
  })
})
