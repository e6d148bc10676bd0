import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * The read model of list reads (src/plugins/readModel), over REST and GraphQL, on the production
 * server with the response cache off: a list read takes its documents from the store, serialized
 * as Payload answered them for the same reader, and answers exactly what Payload answers without
 * it (a second server on a copy of the same database, READ_MODEL_MAX_BYTES=0). A change empties
 * the store.
 */
const LISTS = [
  '/clusters?depth=1&locale=fr',
  '/clusters?depth=1&locale=en&limit=5&page=2&sort=-name',
  '/clusters?where[kind][equals]=cluster&depth=0&locale=fr',
  '/clusters?where[name][like]=tech&depth=1',
  '/clusters?select[name]=true&select[slug]=true&joins=false',
  '/companies?limit=20&locale=fr',
  '/organizations?depth=2',
  '/quotes?locale=en&fallback-locale=none',
]

type Read = { status: number; stored: string | null; text: string }

async function read(site: RunningSite, path: string, token?: string): Promise<Read> {
  const answer = await fetch(`${site.base}/api${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return {
    status: answer.status,
    stored: answer.headers.get('x-read-model'),
    text: await answer.text(),
  }
}

async function login(site: RunningSite, user: { email: string; password: string }) {
  const answer = await apiAnswer(site, '/users/login', { method: 'POST', body: user })
  expect(answer.status).toBe(200)
  return answer.body.token as string
}

/** GraphQL list queries: nested relations and joins are read in the list's locale. */
const QUERIES = [
  '{ Clusters(locale: fr, limit: 20) { docs { id name slug summary keyFigures { display source year } } } }',
  '{ Clusters(locale: fr, sort: "-name", limit: 4, page: 2) { totalDocs page docs { name secretariat { name } heroImage { url alt } leaders { docs { name } } } } }',
  '{ Clusters(where: { kind: { equals: cluster } }, fallbackLocale: none, locale: fr) { docs { name summary } } Companies(limit: 5) { docs { name } } }',
  '{ Quotes(locale: en, limit: 3) { docs { text speakerName cluster { name } organization { name } } } Companies(limit: 3, locale: fr) { docs { name description clusters { name } } } }',
  // `select: true` (Payload reads only the fields the query names): the model answers the same.
  '{ Clusters(locale: fr, limit: 20, select: true) { docs { name slug summary keyFigures { display source year } } } }',
  '{ Clusters(select: true, locale: fr, limit: 4) { docs { name secretariat { name } heroImage { url } leaders { docs { name } } } } }',
]

type GraphQLRead = Read & { body: { data?: Record<string, { docs: unknown[] }> } }

async function graphql(
  site: RunningSite,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLRead> {
  const answer = await fetch(`${site.base}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  const text = await answer.text()
  return {
    status: answer.status,
    stored: answer.headers.get('x-read-model'),
    text,
    body: JSON.parse(text),
  }
}

const documentsIn = (read: GraphQLRead) =>
  Object.values(read.body.data ?? {}).reduce((sum, list) => sum + list.docs.length, 0)

const countOf = (text: string) => (JSON.parse(text) as { docs: unknown[] }).docs.length

describe('list reads from the read model', () => {
  let site: RunningSite
  let plain: RunningSite
  let adminToken: string
  let plainAdminToken: string

  beforeAll(async () => {
    site = await startProductionServer({ RESPONSE_CACHE: 'off' })
    plain = await startProductionServer({ RESPONSE_CACHE: 'off', READ_MODEL_MAX_BYTES: '0' })
    adminToken = await login(site, ADMIN)
    plainAdminToken = await login(plain, ADMIN)
  }, 600_000)
  afterAll(async () => {
    await site?.stop()
    await plain?.stop()
  })

  it.each(LISTS)(
    '%s: the second read comes from the store, byte for byte what Payload answers',
    async (path) => {
      const first = await read(site, path)
      const second = await read(site, path)
      const expected = await read(plain, path)
      expect(expected.status).toBe(200)
      expect(expected.stored).toBeNull()
      const count = countOf(expected.text)
      expect(count).toBeGreaterThan(0)
      expect(first.stored).toMatch(new RegExp(`^\\d+/${count}$`))
      expect(second.stored).toBe(`${count}/${count}`)
      expect(second.text).toBe(expected.text)
      expect(first.text).toBe(expected.text)
    },
  )

  it.each(QUERIES)(
    'GraphQL %s: the second answer comes from the store, byte for byte what Payload answers',
    async (query) => {
      const first = await graphql(site, query)
      const second = await graphql(site, query)
      const expected = await graphql(plain, query)
      expect(expected.status).toBe(200)
      expect(expected.stored).toBeNull()
      const count = documentsIn(expected)
      expect(count).toBeGreaterThan(0)
      expect(first.stored).toMatch(new RegExp(`^\\d+/${count}$`))
      expect(second.stored).toBe(`${count}/${count}`)
      expect(second.text).toBe(expected.text)
      expect(first.text).toBe(expected.text)
    },
  )

  it('GraphQL keeps documents per reader, and a publish reaches the next GraphQL read', async () => {
    const query = '{ Clusters(limit: 50, locale: fr) { docs { id summary } } }'
    const auth = { Authorization: `JWT ${adminToken}` }
    await graphql(site, query, auth)
    const editor = await graphql(site, query, auth)
    expect(editor.stored).toMatch(/^(\d+)\/\1$/)
    expect(editor.text).toBe(
      (await graphql(plain, query, { Authorization: `JWT ${plainAdminToken}` })).text,
    )
    await graphql(site, query)
    const anonymous = await graphql(site, query)
    expect(anonymous.stored).toMatch(/^(\d+)\/\1$/)
    expect(anonymous.text).toBe((await graphql(plain, query)).text)
    type Doc = { id: number; summary: string }
    // The oldest: the comparisons of later tests read the newest.
    const cluster = (editor.body.data!.Clusters.docs as Doc[]).at(-1)!
    const summary = `Résumé GraphQL publié à ${Date.now()}`
    const published = await apiAnswer(site, `/clusters/${cluster.id}?locale=fr`, {
      method: 'PATCH',
      token: adminToken,
      body: { summary, _status: 'published' },
    })
    expect(published.status).toBe(200)
    const after = await graphql(site, query)
    expect(after.stored).toMatch(/^0\/\d+$/)
    const docs = after.body.data!.Clusters.docs as Doc[]
    expect(docs.find(({ id }) => id === cluster.id)?.summary).toBe(summary)
  })

  it('keeps documents per reader: an editor gets its fields, anonymous readers never do', async () => {
    const path = '/clusters?depth=0&limit=3'
    const editor = await read(site, path, adminToken)
    await read(site, path, adminToken)
    const anonymous = await read(site, path)
    expect(JSON.parse(editor.text).docs[0]).toHaveProperty('editorNotes')
    expect(JSON.parse(anonymous.text).docs[0]).not.toHaveProperty('editorNotes')
    expect((await read(site, path, adminToken)).text).toBe(
      (await read(plain, path, plainAdminToken)).text,
    )
  })

  it('a publish empties the store: the next read has the published value', async () => {
    const path = '/clusters?depth=1&locale=fr&limit=50'
    await read(site, path)
    expect((await read(site, path)).stored).toMatch(/^(\d+)\/\1$/)
    const cluster = JSON.parse((await read(site, '/clusters?limit=1&sort=name&depth=0')).text)
      .docs[0]
    const summary = `Résumé publié à ${Date.now()}`
    const published = await apiAnswer(site, `/clusters/${cluster.id}?locale=fr`, {
      method: 'PATCH',
      token: adminToken,
      body: { summary, _status: 'published' },
    })
    expect(published.status).toBe(200)
    const after = await read(site, path)
    expect(after.stored).toMatch(/^0\/\d+$/)
    const docs = JSON.parse(after.text).docs as { id: number; summary: string }[]
    expect(docs.find(({ id }) => id === cluster.id)?.summary).toBe(summary)
  })

  it('a draft never reaches a list read, and draft reads do not go through the store', async () => {
    const cluster = JSON.parse((await read(site, '/clusters?limit=1&sort=-name&depth=0')).text)
      .docs[0]
    const draftName = `Brouillon ${Date.now()}`
    const saved = await apiAnswer(site, `/clusters/${cluster.id}?draft=true&locale=fr`, {
      method: 'PATCH',
      token: adminToken,
      body: { name: draftName },
    })
    expect(saved.status).toBe(200)
    const path = '/clusters?locale=fr&depth=0&limit=50'
    await read(site, path)
    const published = await read(site, path)
    expect(published.stored).toMatch(/^(\d+)\/\1$/)
    expect(published.text).not.toContain(draftName)
    const drafts = await read(site, `${path}&draft=true`, adminToken)
    expect(drafts.stored).toBeNull()
    expect(drafts.text).toContain(draftName)
  })

  it('a malformed query gets Payload own answer', async () => {
    const path = '/clusters?where[nope][equals]=1'
    const answer = await read(site, path)
    const expected = await read(plain, path)
    expect(answer.status).toBe(400)
    expect(answer.stored).toBeNull()
    expect(answer.text).toBe(expected.text)
  })

  it('GraphQL drafts and malformed queries are answered by Payload itself', async () => {
    const draft = '{ Clusters(draft: true, limit: 3) { docs { name } } }'
    const answer = await graphql(site, draft, { Authorization: `JWT ${adminToken}` })
    expect(answer.status).toBe(200)
    expect(answer.stored).toBeNull()
    const malformed = '{ Clusters(where: { nope: { equals: 1 } }) { docs { name } } }'
    const refused = await graphql(site, malformed)
    expect(refused.status).toBe(400)
    expect(refused.stored).toBeNull()
    expect(refused.text).toBe((await graphql(plain, malformed)).text)
  })
})
