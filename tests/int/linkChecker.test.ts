import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { checkLink, checkLinksPolitely } from '@/plugins/dataQuality/checkLink'

type Hit = { method: string; path: string; at: number; done: number }

/** A local site that answers each path the way a real one may: fine, missing, failing, slow, moved. */
function startSite(): Promise<{ base: string; hits: Hit[]; close: () => Promise<void> }> {
  const hits: Hit[] = []
  const server = http.createServer((req, res) => {
    const hit: Hit = { method: req.method ?? '', path: req.url ?? '', at: Date.now(), done: 0 }
    hits.push(hit)
    const end = (status: number, headers: Record<string, string> = {}) => {
      setTimeout(() => {
        hit.done = Date.now()
        res.writeHead(status, headers).end(req.method === 'GET' ? 'body' : undefined)
      }, 20)
    }
    switch (req.url) {
      case '/ok':
        return end(200)
      case '/missing':
        return end(404)
      case '/broken':
        return end(500)
      case '/slow':
        return // never answers: the checker's timeout ends it
      case '/moved':
        return end(301, { location: '/ok' })
      case '/loop-a':
        return end(302, { location: '/loop-b' })
      case '/loop-b':
        return end(302, { location: '/loop-a' })
      case '/head-refused':
        return end(req.method === 'HEAD' ? 405 : 200)
      default:
        return end(404)
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        base: `http://127.0.0.1:${port}`,
        hits,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    }),
  )
}

const options = { timeoutMs: 500, maxRedirects: 5 }
let site: Awaited<ReturnType<typeof startSite>>
let other: Awaited<ReturnType<typeof startSite>>

beforeAll(async () => {
  site = await startSite()
  other = await startSite()
})
afterAll(async () => {
  await site.close()
  await other.close()
})

describe('one link, over real HTTP', () => {
  it('200: answers, with HEAD alone', async () => {
    const result = await checkLink(`${site.base}/ok`, options)
    expect(result).toEqual({
      url: `${site.base}/ok`,
      ok: true,
      status: 200,
      error: null,
      method: 'HEAD',
      finalUrl: null,
      redirects: [],
    })
  })

  it('404: broken, after HEAD then GET', async () => {
    const before = site.hits.length
    const result = await checkLink(`${site.base}/missing`, options)
    expect(result).toMatchObject({ ok: false, status: 404, error: 'HTTP 404', method: 'GET' })
    expect(site.hits.slice(before).map((hit) => hit.method)).toEqual(['HEAD', 'GET'])
  })

  it('500: broken', async () => {
    const result = await checkLink(`${site.base}/broken`, options)
    expect(result).toMatchObject({ ok: false, status: 500, error: 'HTTP 500' })
  })

  it('a HEAD refused with 405 is tried again with GET, which answers', async () => {
    const result = await checkLink(`${site.base}/head-refused`, options)
    expect(result).toMatchObject({ ok: true, status: 200, method: 'GET', error: null })
  })

  it('no answer: a timeout, not retried with GET', async () => {
    const before = site.hits.length
    const started = Date.now()
    const result = await checkLink(`${site.base}/slow`, options)
    expect(result).toMatchObject({ ok: false, status: null, error: 'timeout after 500 ms' })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(site.hits.slice(before).map((hit) => hit.method)).toEqual(['HEAD'])
  })

  it('301 then 200: answers, and the redirect is recorded', async () => {
    const result = await checkLink(`${site.base}/moved`, options)
    expect(result).toEqual({
      url: `${site.base}/moved`,
      ok: true,
      status: 200,
      error: null,
      method: 'HEAD',
      finalUrl: `${site.base}/ok`,
      redirects: [{ url: `${site.base}/moved`, status: 301 }],
    })
  })

  it('a redirect loop is broken, and stops', async () => {
    const result = await checkLink(`${site.base}/loop-a`, options)
    expect(result).toMatchObject({
      ok: false,
      status: 302,
      error: 'redirect loop',
      redirects: [
        { url: `${site.base}/loop-a`, status: 302 },
        { url: `${site.base}/loop-b`, status: 302 },
      ],
    })
  })

  it('a refused connection is broken, with its reason', async () => {
    const closed = await startSite()
    await closed.close()
    const result = await checkLink(`${closed.base}/ok`, options)
    expect(result.ok).toBe(false)
    expect(result.status).toBeNull()
    expect(result.error).toMatch(/ECONNREFUSED/)
  })
})

describe('many links, politely', () => {
  it('one request at a time per host, with the delay between, hosts side by side', async () => {
    site.hits.length = 0
    other.hits.length = 0
    const urls = ['/ok', '/moved', '/ok?2', '/ok?3'].flatMap((path) => [
      `${site.base}${path}`,
      `${other.base}${path}`,
    ])
    const results: string[] = []
    await checkLinksPolitely(
      urls,
      { ...options, delayMs: 100, concurrentHosts: 2 },
      async (result) => {
        results.push(result.url)
      },
    )
    expect(results.sort()).toEqual([...urls].sort())
    for (const { hits } of [site, other]) {
      for (let i = 1; i < hits.length; i++) {
        // Never two at once on one host: each request starts after the previous one ended.
        expect(hits[i].at).toBeGreaterThanOrEqual(hits[i - 1].done)
      }
      // Four links of one host: three pauses of 100 ms at least between them.
      expect(hits[hits.length - 1].at - hits[0].at).toBeGreaterThanOrEqual(300)
    }
    // Both hosts were checked at the same time, not one after the other.
    expect(other.hits[0].at).toBeLessThan(site.hits[site.hits.length - 1].at)
  })
})
