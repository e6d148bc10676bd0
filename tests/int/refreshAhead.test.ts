import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * Refresh-ahead (src/server/responseCache/refreshAhead.ts), on the production server: after a
 * publish, the first anonymous read of a much-read answer is not computed from scratch for it.
 * It is already stored (HIT) or being computed (SHARED), and it is always the published content.
 * With refresh-ahead off (RESPONSE_CACHE_REFRESH_AHEAD=0) the same read is a MISS: the test can fail.
 */
const LIST = '/api/clusters?depth=1&locale=fr&limit=20'

type Read = { cache: string | null; summaries: string[] }

async function read(site: RunningSite): Promise<Read> {
  const answer = await fetch(`${site.base}${LIST}`)
  expect(answer.status).toBe(200)
  const body = (await answer.json()) as { docs: { summary: string }[] }
  return { cache: answer.headers.get('x-cache'), summaries: body.docs.map((doc) => doc.summary) }
}

async function adminToken(site: RunningSite): Promise<string> {
  const login = await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })
  expect(login.status).toBe(200)
  return login.body.token
}

/** Reads the list until it is a hit, publishes a new French summary, then reads it once. */
async function firstReadAfterPublish(site: RunningSite, token: string, summary: string) {
  for (let i = 0; i < 5; i++) await read(site)
  expect((await read(site)).cache).toBe('HIT')
  const cluster = (await apiAnswer(site, '/clusters?limit=1&depth=0&sort=name')).body.docs[0]
  const published = await apiAnswer(site, `/clusters/${cluster.id}?locale=fr`, {
    method: 'PATCH',
    token,
    body: { summary, _status: 'published' },
  })
  expect(published.status).toBe(200)
  return read(site)
}

describe('refresh-ahead of the most-read answers after a publish', () => {
  let site: RunningSite
  let token: string
  beforeAll(async () => {
    site = await startProductionServer({ RESPONSE_CACHE: 'on' })
    token = await adminToken(site)
  }, 400_000)
  afterAll(async () => site?.stop())

  it('serves the first read after a publish from the refresh, with the published content', async () => {
    for (const round of [1, 2, 3]) {
      const summary = `Résumé publié, tour ${round}`
      const first = await firstReadAfterPublish(site, token, summary)
      expect(['HIT', 'SHARED']).toContain(first.cache)
      expect(first.summaries).toContain(summary)
    }
  })

  it('stores the refreshed answer: the next read is a hit with the published content', async () => {
    const summary = 'Résumé publié, relu'
    await firstReadAfterPublish(site, token, summary)
    const next = await read(site)
    expect(next.cache).toBe('HIT')
    expect(next.summaries).toContain(summary)
  })
})

describe('without refresh-ahead', () => {
  let site: RunningSite
  beforeAll(async () => {
    site = await startProductionServer({ RESPONSE_CACHE: 'on', RESPONSE_CACHE_REFRESH_AHEAD: '0' })
  }, 400_000)
  afterAll(async () => site?.stop())

  it('computes the first read after a publish for the reader (MISS)', async () => {
    const first = await firstReadAfterPublish(site, await adminToken(site), 'Sans rafraîchissement')
    expect(first.cache).toBe('MISS')
    expect(first.summaries).toContain('Sans rafraîchissement')
  })
})
