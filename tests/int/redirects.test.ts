import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * Renamed slugs on the production server (SQLite unless TEST_DATABASE_URL): the old site address
 * answers a 301 to the new one, in its language, and `GET /api/<collection>/moved/:slug` says
 * where the document went. Redirects follow publishes only, never drafts.
 */

const PASSWORD = 'a-long-password-for-redirect-tests'

let site: RunningSite
let adminToken: string
let editorToken: string
let secretariatToken: string
let organization: number
let counter = 0

const api = (path: string, init: Parameters<typeof apiAnswer>[2] = {}) =>
  apiAnswer(site, path, init)

const login = async (email: string) =>
  (await api('/users/login', { method: 'POST', body: { email, password: PASSWORD } })).body
    .token as string

/** A site or API address as a browser asks for it, redirects not followed. */
const visit = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${site.base}${path}`, { redirect: 'manual', headers })

const unique = (name: string) => `${name}-${Date.now().toString(36)}-${++counter}`

/** A published cluster of the seeded organization, as an editor makes it. */
async function publishedCluster(slug: string): Promise<number> {
  const created = await api('/clusters', {
    method: 'POST',
    token: editorToken,
    body: {
      name: `Cluster ${slug}`,
      slug,
      kind: 'cluster',
      region: 'sherbrooke',
      secretariat: organization,
      summary: 'A cluster that changes its address.',
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

/** A change of slug by an editor, written to the published document (no draft flag). */
async function rename(id: number, slug: string): Promise<void> {
  const renamed = await api(`/clusters/${id}`, {
    method: 'PATCH',
    token: editorToken,
    body: { slug },
  })
  expect(renamed.status).toBe(200)
  expect(renamed.body.doc.slug).toBe(slug)
}

const redirectsFrom = async (from: string) =>
  (await api(`/redirects?where[from][equals]=${encodeURIComponent(from)}`, { token: adminToken }))
    .body.totalDocs

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = (await api('/users/login', { method: 'POST', body: ADMIN })).body.token
  organization = (await api('/organizations?limit=1&sort=id')).body.docs[0].id
  for (const role of ['communications', 'secretariat'] as const) {
    const email = `${role}-redirects@test.grappes.local`
    const created = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { name: `Redirects ${role}`, email, password: PASSWORD, role, organization },
    })
    expect(created.status).toBe(201)
  }
  editorToken = await login('communications-redirects@test.grappes.local')
  secretariatToken = await login('secretariat-redirects@test.grappes.local')
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('a renamed slug on the site', () => {
  it('the old address answers 301 to the new one in both languages, the query kept', async () => {
    const [before, after] = [unique('before'), unique('after')]
    const id = await publishedCluster(before)
    expect((await visit(`/en/clusters/${before}`)).status).toBe(200)

    await rename(id, after)

    const english = await visit(`/en/clusters/${before}`)
    expect(english.status).toBe(301)
    expect(english.headers.get('location')).toBe(`/en/clusters/${after}`)
    const french = await visit(`/fr/clusters/${before}?utm_source=mail`)
    expect(french.status).toBe(301)
    expect(french.headers.get('location')).toBe(`/fr/clusters/${after}?utm_source=mail`)
    expect((await visit(`/en/clusters/${after}`)).status).toBe(200)
    expect((await visit(`/fr/clusters/${after}`)).status).toBe(200)
  })

  it('a draft slug change makes no redirect until it is published', async () => {
    const [before, drafted, bySecretariat] = [unique('kept'), unique('drafted'), unique('asked')]
    const id = await publishedCluster(before)

    const editorDraft = await api(`/clusters/${id}?draft=true`, {
      method: 'PATCH',
      token: editorToken,
      body: { slug: drafted },
    })
    expect(editorDraft.status).toBe(200)
    const secretariatDraft = await api(`/clusters/${id}?draft=true`, {
      method: 'PATCH',
      token: secretariatToken,
      body: { slug: bySecretariat },
    })
    expect(secretariatDraft.status).toBe(200)
    expect(await redirectsFrom(`/clusters/${before}`)).toBe(0)
    expect((await visit(`/en/clusters/${before}`)).status).toBe(200)
    expect((await visit(`/en/clusters/${bySecretariat}`)).status).toBe(404)

    // The publish compares with the published slug, not with the draft's (already the new one).
    const published = await api(`/clusters/${id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc.slug).toBe(bySecretariat)
    const old = await visit(`/en/clusters/${before}`)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(`/en/clusters/${bySecretariat}`)
    expect(await redirectsFrom(`/clusters/${drafted}`)).toBe(0)
  })

  it('renaming back makes no loop: A → B → A serves A and sends B to A', async () => {
    const [a, b] = [unique('first'), unique('second')]
    const id = await publishedCluster(a)
    await rename(id, b)
    await rename(id, a)

    expect((await visit(`/en/clusters/${a}`)).status).toBe(200)
    expect(await redirectsFrom(`/clusters/${a}`)).toBe(0)
    const fromB = await visit(`/en/clusters/${b}`)
    expect(fromB.status).toBe(301)
    expect(fromB.headers.get('location')).toBe(`/en/clusters/${a}`)
  })

  it('a chain A → B → C sends both old addresses to C', async () => {
    const [a, b, c] = [unique('one'), unique('two'), unique('three')]
    const id = await publishedCluster(a)
    await rename(id, b)
    await rename(id, c)

    for (const old of [a, b]) {
      const answer = await visit(`/fr/clusters/${old}`)
      expect(answer.status).toBe(301)
      expect(answer.headers.get('location')).toBe(`/fr/clusters/${c}`)
    }
    expect((await visit(`/fr/clusters/${c}`)).status).toBe(200)
  })

  it('an unpublished document is not redirected to: the old address is a 404', async () => {
    const [before, after] = [unique('gone'), unique('hidden')]
    const id = await publishedCluster(before)
    await rename(id, after)
    expect((await visit(`/en/clusters/${before}`)).status).toBe(301)

    const unpublished = await api(`/clusters/${id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect((await visit(`/en/clusters/${before}`)).status).toBe(404)
    expect((await visit(`/api/clusters/moved/${before}`)).status).toBe(404)
  })

  it('a renamed page keeps its old address too', async () => {
    const [before, after] = [unique('page-before'), unique('page-after')]
    const created = await api('/pages', {
      method: 'POST',
      token: editorToken,
      body: {
        title: 'A page that moves',
        slug: before,
        layout: [
          { blockType: 'callToAction', links: [{ label: 'Home', url: 'https://example.org' }] },
        ],
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const renamed = await api(`/pages/${created.body.doc.id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { slug: after },
    })
    expect(renamed.status).toBe(200)

    const old = await visit(`/en/${before}`)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(`/en/${after}`)
    expect((await visit(`/en/${after}`)).status).toBe(200)
  })
})

describe('GET /api/<collection>/moved/:slug', () => {
  it('answers 301 to the document’s REST address, with where it went', async () => {
    const [before, after] = [unique('api-before'), unique('api-after')]
    const id = await publishedCluster(before)
    await rename(id, after)

    const answer = await visit(`/api/clusters/moved/${before}?locale=fr&depth=0`)
    expect(answer.status).toBe(301)
    expect(answer.headers.get('location')).toBe(`/api/clusters/${id}?locale=fr&depth=0`)
    expect(await answer.json()).toEqual({
      collection: 'clusters',
      id,
      slug: after,
      path: `/clusters/${after}`,
      location: `/api/clusters/${id}?locale=fr&depth=0`,
    })
    const followed = await fetch(`${site.base}${answer.headers.get('location')}`)
    expect(followed.status).toBe(200)
    expect((await followed.json()).slug).toBe(after)
  })

  it('an unknown slug is a 404 in the reader’s language', async () => {
    const english = await visit('/api/clusters/moved/never-there')
    expect(english.status).toBe(404)
    expect(await english.json()).toEqual({
      errors: [{ message: 'No clusters document was moved from the slug “never-there”.' }],
    })
    const message =
      'Aucun document de clusters n’a été déplacé depuis l’identifiant « never-there ».'
    const byHeader = await visit('/api/clusters/moved/never-there', { 'Accept-Language': 'fr' })
    expect(byHeader.status).toBe(404)
    expect(await byHeader.json()).toEqual({ errors: [{ message }] })
    const byLocale = await visit('/api/clusters/moved/never-there?locale=fr')
    expect(byLocale.status).toBe(404)
    expect(await byLocale.json()).toEqual({ errors: [{ message }] })
  })

  it('keeps the query checks of every API read: a bad `depth` is a 400 naming it', async () => {
    const answer = await visit('/api/clusters/moved/anything?depth=deep')
    expect(answer.status).toBe(400)
    expect((await answer.json()).errors[0].message).toMatch(/^Invalid query parameter depth: /)
  })

  it('a slug moved in another collection is not found in this one', async () => {
    const [before, after] = [unique('elsewhere'), unique('moved-on')]
    const id = await publishedCluster(before)
    await rename(id, after)
    expect((await visit(`/api/stories/moved/${before}`)).status).toBe(404)
  })
})

describe('the redirects table', () => {
  it('is for editors only: the public and secretariats are refused with a 403', async () => {
    expect((await api('/redirects')).status).toBe(403)
    expect((await api('/redirects', { token: secretariatToken })).status).toBe(403)
    const bySecretariat = await api('/redirects', {
      method: 'POST',
      token: secretariatToken,
      body: { from: '/clusters/anything', to: { type: 'custom', url: '/clusters' } },
    })
    expect(bySecretariat.status).toBe(403)
    expect((await api('/redirects', { token: editorToken })).status).toBe(200)
  })

  it('an editor’s redirect to an address needs the address, in the editor’s language', async () => {
    const missing = await api('/redirects?locale=fr', {
      method: 'POST',
      token: editorToken,
      body: { from: `/${unique('nowhere')}`, to: { type: 'custom' } },
    })
    expect(missing.status).toBe(400)
    const problems = missing.body.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'to.url', message: 'Saisissez l’adresse vers laquelle rediriger.' },
    ])
  })

  it('an editor’s redirect to a site address answers at once', async () => {
    const from = `/${unique('campaign')}`
    const created = await api('/redirects', {
      method: 'POST',
      token: editorToken,
      body: { from, to: { type: 'custom', url: '/clusters' } },
    })
    expect(created.status).toBe(201)
    const answer = await visit(`/fr${from}`)
    expect(answer.status).toBe(301)
    expect(answer.headers.get('location')).toBe('/fr/clusters')
  })
})
