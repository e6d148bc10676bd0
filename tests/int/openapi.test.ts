import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { validate } from '@readme/openapi-parser'

import { launchChromium } from '../helpers/browser'
import { committedDocument, problems, responseValidators } from '../helpers/openapiSchemas'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * openapi.json (`npm run generate:openapi`) is a valid OpenAPI 3.1 document, and the production
 * server on the seeded content answers every documented read exactly as documented.
 */

const document = committedDocument()
const validators = responseValidators(document)
let site: RunningSite

beforeAll(async () => {
  site = await startProductionServer()
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${site.base}${path}`, { headers })
  return { status: response.status, body: await response.json() }
}

/** Checks an answer against the documented one; the failures name the request and the problems. */
function check(route: string, url: string, status: number, body: unknown) {
  const validate = validators.response('get', route, String(status))
  const valid = validate(body)
  return valid ? undefined : { url, problems: problems(validate) }
}

const getRoutes = Object.keys(document.paths).filter((route) => document.paths[route].get)
const byIdRoutes = getRoutes.filter((route) => route.endsWith('/{id}'))
const readVariants = ['en', 'fr'].flatMap((locale) =>
  [0, 1].map((depth) => `locale=${locale}&depth=${depth}`),
)

describe('the OpenAPI document', () => {
  test('validates as OpenAPI 3.1', async () => {
    const result = await validate(structuredClone(document))
    expect(result).toEqual({ valid: true, warnings: [], specification: 'OpenAPI' })
    expect(document.openapi).toBe('3.1.0')
  })

  test('documents reads, writes, auth and errors of the public collections, and none of the private ones', () => {
    expect(getRoutes).toEqual(
      expect.arrayContaining([
        '/api/clusters',
        '/api/clusters/{id}',
        '/api/media/{id}',
        '/api/globals/ecosystem-figures',
        '/api/users/me',
      ]),
    )
    expect(Object.keys(document.paths['/api/clusters/{id}']).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ])
    expect(document.paths['/api/users/login'].post).toBeDefined()
    for (const hidden of ['audit-log', 'webhooks', 'webhook-deliveries', 'api-clients', 'payload-'])
      expect(Object.keys(document.paths).filter((route) => route.includes(hidden))).toEqual([])
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'apiKey',
      'cookie',
      'jwt',
    ])
    const listParameters = document.paths['/api/clusters'].get.parameters.map(
      (parameter: { $ref: string }) => parameter.$ref.split('/').pop(),
    )
    expect(listParameters).toEqual(
      expect.arrayContaining([
        'where',
        'locale',
        'fallbackLocale',
        'depth',
        'select',
        'joins',
        'draft',
      ]),
    )
  })

  test('a schema refuses an answer of the wrong shape: a number for a text, a missing id', async () => {
    const validate = validators.response('get', '/api/clusters/{id}', '200')
    const { body: clusters } = await get('/api/clusters?limit=1&depth=1')
    const cluster = clusters.docs[0]
    expect(validate(cluster)).toBe(true)
    expect(validate({ ...cluster, name: 42 })).toBe(false)
    expect(problems(validate)).toContain('/name must be string')
    const { id: _id, ...withoutId } = cluster
    expect(validate(withoutId)).toBe(false)
    expect(problems(validate)).toContain(" must have required property 'id'")
    expect(validate({ ...cluster, logo: 'logo.png' })).toBe(false)
  })
})

describe('every documented read of the seeded content answers as documented', () => {
  test('every list, in English and French, at depth 0 and 1, and every document it lists, by id', async () => {
    const failures: unknown[] = []
    let lists = 0
    let documents = 0
    for (const route of byIdRoutes) {
      const listRoute = route.replace('/{id}', '')
      for (const variant of readVariants) {
        const listUrl = `${listRoute}?limit=100&${variant}`
        const list = await get(listUrl)
        expect({ listUrl, status: list.status }).toEqual({ listUrl, status: 200 })
        failures.push(check(listRoute, listUrl, list.status, list.body))
        lists += 1
        for (const { id } of list.body.docs) {
          const url = `${listRoute}/${id}?${variant}`
          const one = await get(url)
          failures.push(check(route, url, one.status, one.body))
          documents += 1
        }
      }
    }
    expect(failures.filter(Boolean)).toEqual([])
    expect(lists).toBe(byIdRoutes.length * readVariants.length)
    expect(documents).toBeGreaterThan(100)
  })

  test('every other documented read: counts and globals, anonymously', async () => {
    const others = getRoutes.filter(
      (route) =>
        !route.endsWith('/{id}') &&
        !byIdRoutes.includes(`${route}/{id}`) &&
        !route.endsWith('/{slug}') &&
        !route.includes('/{id}/') &&
        route !== '/api/search',
    )
    const failures: unknown[] = []
    for (const route of others.filter((route) => !route.endsWith('/me'))) {
      for (const variant of readVariants) {
        const url = `${route}?${variant}`
        const answer = await get(url)
        expect({ url, status: answer.status }).toEqual({ url, status: 200 })
        failures.push(check(route, url, answer.status, answer.body))
      }
    }
    expect(failures.filter(Boolean)).toEqual([])
  })

  test('the figures over time of every published cluster and organization, in English and French', async () => {
    const historyRoutes = getRoutes.filter((route) => route.endsWith('/{id}/figures/history'))
    expect(historyRoutes.sort()).toEqual([
      '/api/clusters/{id}/figures/history',
      '/api/organizations/{id}/figures/history',
    ])
    const failures: unknown[] = []
    for (const route of historyRoutes) {
      const { docs } = (
        await get(`${route.replace('/{id}/figures/history', '')}?limit=100&depth=0`)
      ).body as { docs: Array<{ id: number }> }
      expect(docs.length).toBeGreaterThan(0)
      for (const { id } of docs)
        for (const locale of ['en', 'fr']) {
          const url = `${route.replace('{id}', String(id))}?locale=${locale}`
          const answer = await get(url)
          expect({ url, status: answer.status }).toEqual({ url, status: 200 })
          failures.push(check(route, url, answer.status, answer.body))
        }
    }
    expect(failures.filter(Boolean)).toEqual([])
  })

  test('signing in and /api/users/me, signed in and not', async () => {
    const login = await fetch(`${site.base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const signedIn = await login.json()
    expect(login.status).toBe(200)
    const loginSchema = validators.response('post', '/api/users/login', '200')
    expect([loginSchema(signedIn), problems(loginSchema)]).toEqual([true, []])
    const asAdminAndAnonymous: Record<string, string>[] = [
      { Authorization: `JWT ${signedIn.token}` },
      {},
    ]
    for (const headers of asAdminAndAnonymous) {
      const me = await get('/api/users/me', headers)
      expect(check('/api/users/me', '/api/users/me', me.status, me.body)).toBeUndefined()
    }
    expect(
      (await get('/api/users/me', { Authorization: `JWT ${signedIn.token}` })).body.user.email,
    ).toBe(ADMIN.email)
  })

  test('refusals have the documented error shape: a bad parameter (400), a missing document (404)', async () => {
    const badDepth = await get('/api/clusters?depth=deep')
    expect(badDepth.status).toBe(400)
    expect(check('/api/clusters', 'depth=deep', 400, badDepth.body)).toBeUndefined()
    const missing = await get('/api/clusters/999999')
    expect(missing.status).toBe(404)
    expect(check('/api/clusters/{id}', '999999', 404, missing.body)).toBeUndefined()
  })
})

describe('search and renamed slugs answer as documented', () => {
  test('a search in both languages, and a search without words (400)', async () => {
    const failures: unknown[] = []
    for (const locale of ['en', 'fr']) {
      const url = `/api/search?q=aerospatiale&locale=${locale}`
      const found = await get(url)
      expect({ url, status: found.status }).toEqual({ url, status: 200 })
      expect(found.body.docs.length).toBeGreaterThan(0)
      failures.push(check('/api/search', url, 200, found.body))
    }
    const noWords = await get('/api/search?locale=fr')
    expect(noWords.status).toBe(400)
    failures.push(check('/api/search', 'no q', 400, noWords.body))
    expect(failures.filter(Boolean)).toEqual([])
  })

  test('an old slug answers 301 with where the document went; an unknown one 404', async () => {
    const signedIn = await (
      await fetch(`${site.base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
    ).json()
    const { docs } = (await get('/api/pages?limit=1&depth=0')).body
    const [page] = docs
    const renamed = await fetch(`${site.base}/api/pages/${page.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${signedIn.token}` },
      body: JSON.stringify({ slug: `${page.slug}-renamed`, _status: 'published' }),
    })
    expect(renamed.status).toBe(200)
    const moved = await fetch(`${site.base}/api/pages/moved/${page.slug}`, { redirect: 'manual' })
    expect(moved.status).toBe(301)
    const body = await moved.json()
    expect(body.slug).toBe(`${page.slug}-renamed`)
    expect(check('/api/pages/moved/{slug}', page.slug, 301, body)).toBeUndefined()
    const unknown = await get('/api/pages/moved/never-was-here')
    expect(unknown.status).toBe(404)
    expect(check('/api/pages/moved/{slug}', 'never-was-here', 404, unknown.body)).toBeUndefined()
  })
})

describe('the API reference is served by the app', () => {
  test('/api/openapi.json is the committed document, naming the running server, with an ETag', async () => {
    const response = await fetch(`${site.base}/api/openapi.json`)
    expect(response.status).toBe(200)
    const served = await response.json()
    expect(served.servers).toEqual([{ url: site.base }])
    expect({ ...served, servers: document.servers }).toEqual(document)
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await fetch(`${site.base}/api/openapi.json`, {
      headers: { 'If-None-Match': etag! },
    })
    expect(again.status).toBe(304)
  })

  test('/api/docs is a page whose scripts and styles come from this server', async () => {
    const response = await fetch(`${site.base}/api/docs`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = response.headers.get('content-security-policy')!
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe')
    const html = await response.text()
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(assets).toEqual([
      '/icon.svg',
      '/api/docs/assets/swagger-ui.css',
      '/api/docs/assets/swagger-ui-bundle.js',
      '/api/docs/initializer.js',
    ])
    expect(html).not.toMatch(/<script>|<style|style="/)
    for (const asset of assets) {
      const answer = await fetch(`${site.base}${asset}`)
      expect({ asset, status: answer.status }).toEqual({ asset, status: 200 })
    }
  })

  test('Chromium renders the operations on /api/docs with no CSP violation', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${site.base}/api/docs`)
      await page.locator('.opblock-tag[data-tag="clusters"]').waitFor({ timeout: 30_000 })
      await page
        .locator('.opblock-summary-path', { hasText: '/api/clusters/{id}' })
        .first()
        .waitFor()
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  }, 90_000)
})
