import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

const FORBIDDEN = 'You are not allowed to perform this action.'
const PASSWORD = 'a-secretariat-password-for-e2e'

let site: RunningSite
let token: string
let clusterId: number
let summary: string

type Answer = { status: number; body: any }

/** One real HTTP request to the production server, as a front end or a script would send it. */
async function call(method: string, path: string, body?: unknown, jwt?: string): Promise<Answer> {
  const response = await fetch(`${site.base}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(jwt ? { Authorization: `JWT ${jwt}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

const login = async (email: string, password: string): Promise<string> =>
  (await call('POST', '/users/login', { email, password })).body.token

/** What anonymous readers are served for the cluster (the response cache included). */
const publicSummary = async () => {
  const answer = await call('GET', `/clusters/${clusterId}?depth=0`)
  return answer.status === 200 ? answer.body.summary : answer.status
}

const expectForbidden = (answer: Answer) => {
  expect(answer.status).toBe(403)
  expect(answer.body.errors[0].message).toBe(FORBIDDEN)
}

beforeAll(async () => {
  site = await startProductionServer()
  const admin = await login(ADMIN.email, ADMIN.password)
  const cluster = (await call('GET', '/clusters?limit=1&depth=0&sort=id')).body.docs[0]
  clusterId = cluster.id
  summary = cluster.summary
  const email = 'secretariat@e2e.test'
  const created = await call(
    'POST',
    '/users',
    {
      name: 'Marie Gagnon',
      email,
      password: PASSWORD,
      role: 'secretariat',
      organization: cluster.secretariat,
    },
    admin,
  )
  expect(created.status).toBe(201)
  token = await login(email, PASSWORD)
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('the production server refuses a secretariat’s writes around review', () => {
  it('REST PATCH without ?draft, with ?draft=false, and an unpublish by _status', async () => {
    expectForbidden(await call('PATCH', `/clusters/${clusterId}`, { summary: 'Live now' }, token))
    expectForbidden(
      await call('PATCH', `/clusters/${clusterId}?draft=false`, { summary: 'Live now' }, token),
    )
    expectForbidden(await call('PATCH', `/clusters/${clusterId}`, { _status: 'draft' }, token))
    expect(await publicSummary()).toBe(summary)
  })

  it('REST bulk PATCH of its quotes', async () => {
    expectForbidden(
      await call('PATCH', '/quotes?where[id][exists]=true', { text: 'Bulk change' }, token),
    )
  })

  it('GraphQL updateCluster without draft: true', async () => {
    const answer = await call(
      'POST',
      '/graphql',
      {
        query: `mutation ($id: Int!) { updateCluster(id: $id, data: { summary: "Live now" }) { id } }`,
        variables: { id: clusterId },
      },
      token,
    )
    expect(answer.body.errors[0].message).toBe(FORBIDDEN)
    expect(answer.body.errors[0].extensions.statusCode).toBe(403)
    expect(await publicSummary()).toBe(summary)
  })

  it('still saves a draft, which anonymous readers do not see', async () => {
    const saved = await call(
      'PATCH',
      `/clusters/${clusterId}?draft=true`,
      { summary: 'Draft words' },
      token,
    )
    expect(saved.status).toBe(200)
    expect(await publicSummary()).toBe(summary)
  })
})
