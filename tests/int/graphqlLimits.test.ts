import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * Bounded work per GraphQL request, against the production server over HTTP: documents built to
 * be expensive are refused with a 400 that names the limit, within a second, while /healthz keeps
 * answering; one request cannot try many logins.
 */

let site: RunningSite
const MEMBER = { email: 'member@graphql-limits.test', password: 'a member password for tests' }

type Answer = {
  status: number
  ms: number
  body: { errors?: { message: string }[]; data?: any; token?: string }
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(`${site.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  const text = await response.text()
  return {
    status: response.status,
    ms: performance.now() - started,
    body: text.startsWith('{') ? JSON.parse(text) : { text },
  } as Answer
}

const graphql = (query: string) => post('/api/graphql', { query })

/** Sends the document while polling /healthz; answers the slowest health check's latency too. */
async function whilePollingHealth(send: () => Promise<Answer>) {
  let done = false
  let slowestHealthMs = 0
  let healthChecks = 0
  const poll = (async () => {
    while (!done) {
      const started = performance.now()
      await fetch(`${site.base}/healthz`, { signal: AbortSignal.timeout(5_000) }).catch(() => null)
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started)
      healthChecks++
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  const answer = await send().finally(() => {
    done = true
  })
  await poll
  return { answer, slowestHealthMs, healthChecks }
}

const messages = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.message)

async function expectRefusedQuickly(query: string, message: RegExp) {
  const { answer, slowestHealthMs, healthChecks } = await whilePollingHealth(() => graphql(query))
  console.log(
    `[graphql limits] ${query.length} B → ${answer.status} in ${Math.round(answer.ms)} ms; slowest /healthz ${Math.round(slowestHealthMs)} ms (${healthChecks} checks)`,
  )
  expect(answer.status).toBe(400)
  expect(messages(answer)).toContainEqual(expect.stringMatching(message))
  expect(answer.ms).toBeLessThan(1_000)
  expect(slowestHealthMs).toBeLessThan(1_000)
}

/** `fragment F0 on Query { ...F1 ...F1 }` … each level doubles: 2^levels fields once expanded. */
function doublingFragments(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  )
  return `query { ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { Clusters { docs { name } } }`
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

const loginAlias = (i: number, email: string) =>
  `l${i}: loginUser(email: "${email}", password: "wrong password ${i}") { token }`

async function restLogin(account: { email: string; password: string }) {
  return post('/api/users/login', account)
}

beforeAll(async () => {
  site = await startProductionServer()
  const { body } = await restLogin(ADMIN)
  const created = await post(
    '/api/users',
    { ...MEMBER, role: 'communications', name: 'Member' },
    { Authorization: `JWT ${body.token}` },
  )
  expect(created.status).toBe(201)
  // Payload builds its GraphQL schema on the first query (about 0.5 s, once per process); the
  // figures below are about each request's own work.
  expect((await graphql('{ Clusters(limit: 1) { totalDocs } }')).status).toBe(200)
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('expensive GraphQL documents are refused within a second', () => {
  it('refuses fragments that double at each of 30 levels as too costly', async () => {
    await expectRefusedQuickly(
      doublingFragments(30),
      /^Query Cost limit of 5000 exceeded, found \d+\.$/,
    )
  })

  // 200 aliases hold 3,000 tokens: the token limit, the cheapest check, refuses them first.
  it('refuses 200 aliases of Clusters(limit: 100)', async () => {
    await expectRefusedQuickly(
      aliases(200, 'Clusters(limit: 100) { docs { name summary } }'),
      /^Token limit of 2000 exceeded\.$/,
    )
  })

  it('refuses 20 aliases of Clusters(limit: 100) as too costly', async () => {
    await expectRefusedQuickly(
      aliases(20, 'Clusters(limit: 100) { docs { name summary } }'),
      /^Query cost \d+ exceeds the maximum 5000: /,
    )
  })

  it('refuses 1000 aliases of __typename', async () => {
    await expectRefusedQuickly(aliases(1_000, '__typename'), /^Token limit of 2000 exceeded\.$/)
  })

  it('refuses 100 aliases of __typename by the alias limit', async () => {
    await expectRefusedQuickly(
      aliases(100, '__typename'),
      /^Aliases limit of 30 exceeded, found 100\.$/,
    )
  })

  it('refuses a document of 50,000 tokens', async () => {
    await expectRefusedQuickly(
      `{ ${'__typename '.repeat(50_000)}}`,
      /^Token limit of 2000 exceeded\.$/,
    )
  })

  it('still answers an ordinary query', async () => {
    const answer = await graphql('{ Clusters(limit: 5) { docs { name } } }')
    expect(answer.status).toBe(200)
    expect(answer.body.data.Clusters.docs).toHaveLength(5)
  })
})

describe('one request tries one login at most', () => {
  it('refuses ten aliased loginUser and locks neither account', async () => {
    const tries = [0, 1, 2, 3, 4].flatMap((i) => [
      loginAlias(i, ADMIN.email),
      loginAlias(i + 5, MEMBER.email),
    ])
    const answer = await graphql(`mutation { ${tries.join(' ')} }`)
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual([
      'A request may hold one authentication mutation (login, logout, password reset, unlock, e-mail verification); this one holds 10. Send them one request at a time.',
    ])
    expect((await restLogin(ADMIN)).status).toBe(200)
    expect((await restLogin(MEMBER)).status).toBe(200)
  })

  it('refuses auth mutations hidden in a fragment the same way', async () => {
    const answer = await graphql(
      `mutation { ...Tries } fragment Tries on Mutation { ${loginAlias(0, MEMBER.email)} ${loginAlias(1, MEMBER.email)} }`,
    )
    expect(answer.status).toBe(400)
    expect(messages(answer)[0]).toMatch(/^A request may hold one authentication mutation/)
  })

  it('refuses a batch of operations in one request', async () => {
    const one = { query: `mutation { ${loginAlias(0, MEMBER.email)} }` }
    const answer = await post(
      '/api/graphql',
      Array.from({ length: 10 }, () => one),
    )
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual([
      'Batched requests are not accepted: send one GraphQL operation per request.',
    ])
    expect((await restLogin(MEMBER)).status).toBe(200)
  })

  it('still logs in with one loginUser', async () => {
    const answer = await graphql(
      `mutation { loginUser(email: "${MEMBER.email}", password: "${MEMBER.password}") { token } }`,
    )
    expect(answer.status).toBe(200)
    expect(typeof answer.body.data.loginUser.token).toBe('string')
  })
})

describe('error messages', () => {
  it('do not suggest a hidden field name in production', async () => {
    const answer = await graphql('{ ApiClients { docs { apiKe } } }')
    expect(answer.status).toBe(400)
    expect(messages(answer)).toEqual(['Cannot query field "apiKe" on type "ApiClient".'])
  })
})
