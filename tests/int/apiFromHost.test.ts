import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * GraphQL and REST reads are answered by the Express host with the handlers of Payload's routes,
 * without Next's router (src/server/http/apiFromHost.ts); writes, the playground and addresses
 * Next answers itself still go to Next. Next marks what its router answers with `Vary: rsc, …`
 * (its own headers for React Server Components), which is how the two are told apart here.
 */
const NEXT_VARY = /\brsc\b/

let site: RunningSite

beforeAll(async () => {
  site = await startProductionServer({ RESPONSE_CACHE: 'off' })
}, 600_000)
afterAll(async () => {
  await site?.stop()
})

const query = '{ Clusters(limit: 2, locale: fr) { docs { name slug } } }'

describe('the API answered by the host', () => {
  it('answers a GraphQL GET and POST the same, without Next', async () => {
    const get = await fetch(`${site.base}/api/graphql?query=${encodeURIComponent(query)}`)
    const post = await fetch(`${site.base}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(get.status).toBe(200)
    expect(post.status).toBe(200)
    expect(get.headers.get('vary')).not.toMatch(NEXT_VARY)
    expect(post.headers.get('vary') ?? '').not.toMatch(NEXT_VARY)
    // The host's own headers are there once, with the route's own.
    expect(post.headers.get('cache-control')).toBe('private, no-store')
    expect(get.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(get.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = await get.text()
    expect(body).toBe(await post.text())
    expect(JSON.parse(body).data.Clusters.docs).toHaveLength(2)
  })

  it('answers a REST read, and its HEAD, without Next', async () => {
    const path = `${site.base}/api/clusters?limit=1&depth=0&select[name]=true`
    const get = await fetch(path)
    expect(get.status).toBe(200)
    expect(get.headers.get('vary')).not.toMatch(NEXT_VARY)
    expect((await get.json()).docs).toHaveLength(1)
    const head = await fetch(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
  })

  it("a GraphQL refusal keeps the route's status and wording", async () => {
    const answer = await fetch(`${site.base}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: query,
    })
    expect(answer.status).toBe(415)
    expect(await answer.json()).toEqual({
      errors: [
        {
          message: 'Send GraphQL requests as application/json.',
          extensions: { statusCode: 415 },
        },
      ],
    })
  })

  it('writes and the GraphQL playground still go to Next', async () => {
    const write = await fetch(`${site.base}/api/clusters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Anonyme' }),
    })
    expect(write.status).toBe(403)
    expect(write.headers.get('vary')).toMatch(NEXT_VARY)
    const playground = await fetch(`${site.base}/api/graphql-playground`)
    expect(playground.headers.get('vary')).toMatch(NEXT_VARY)
  })

  it('a malformed address is answered as before: 400, not a failure of the host', async () => {
    const answer = await fetch(`${site.base}/api/clus%ZZters`)
    expect(answer.status).toBe(400)
  })
})
