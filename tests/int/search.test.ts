import { spawn } from 'node:child_process'

import {
  ADMIN,
  apiAnswer,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * Bilingual full-text search (src/plugins/fullTextSearch) through the production server on the
 * seeded content: accents, stems and both languages, ranking, published documents only, the index
 * following publish, unpublish, delete and French-only changes on the very next query, and bad
 * parameters refused in the reader's language. Run on SQLite and on PostgreSQL.
 */

let site: RunningSite
let token: string

const search = async (query: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${site.base}/api/search?${query}`, { headers })
  return { status: response.status, body: await response.json() }
}

/** The hits of a query, as `collection/slug` in rank order. */
const hits = async (query: string): Promise<string[]> => {
  const { status, body } = await search(query)
  expect(status).toBe(200)
  return body.docs.map(
    (doc: { collection: string; slug: string }) => `${doc.collection}/${doc.slug}`,
  )
}

beforeAll(async () => {
  site = await startProductionServer()
  token = (await apiJson(site, '/users/login', { method: 'POST', body: JSON.stringify(ADMIN) }))
    .token
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('search finds published content in either language', () => {
  test('aerospatiale, without its accent, finds the aerospace cluster first in French, with the word marked', async () => {
    const { status, body } = await search('q=aerospatiale&locale=fr')
    expect(status).toBe(200)
    expect(body.docs[0]).toEqual({
      collection: 'clusters',
      id: expect.any(String),
      slug: 'aerospace',
      title: 'Aérospatiale',
      path: '/fr/clusters/aerospace',
      snippet: expect.stringContaining('<mark>aérospatiale</mark>'),
      rank: expect.any(Number),
    })
    expect(body).toMatchObject({ page: 1, limit: 10, totalDocs: body.docs.length })
  })

  test('aerospatiale, a French word, finds the aerospace cluster first in English too', async () => {
    const { body } = await search('q=aerospatiale&locale=en')
    expect(body.docs[0]).toMatchObject({
      collection: 'clusters',
      slug: 'aerospace',
      title: 'Aerospace',
      path: '/en/clusters/aerospace',
    })
  })

  test('logistique in French: the cluster titled with it ranks first, then the secretariat that only mentions it', async () => {
    const found = await hits('q=logistique&locale=fr')
    expect(found[0]).toBe('clusters/logistics-transportation')
    expect(found).toContain('organizations/cargom')
  })

  test('an English plural and its singular find the same documents', async () => {
    const plural = await hits('q=companies&locale=en&limit=50')
    expect(plural.length).toBeGreaterThan(0)
    expect(await hits('q=company&locale=en&limit=50')).toEqual(plural)
  })

  test('a French plural and its singular find the same documents', async () => {
    const plural = await hits('q=entreprises&locale=fr&limit=50')
    expect(plural.length).toBeGreaterThan(0)
    expect(await hits('q=entreprise&locale=fr&limit=50')).toEqual(plural)
  })

  test('quotes and operators typed in a query are read as words, not as syntax', async () => {
    for (const q of ['"aerospace', 'aerospace*', 'aerospace)', 'aerospace:'])
      expect(await hits(`q=${encodeURIComponent(q)}&locale=en`)).toContain('clusters/aerospace')
  })
})

describe('the index follows publishing at once', () => {
  let storyId: number
  const query = (word: string, locale = 'en') => hits(`q=${word}&locale=${locale}`)

  test('a new draft is absent', async () => {
    const companies = await apiJson(site, '/companies?where[slug][equals]=pratt-whitney')
    const created = await apiAnswer(site, '/stories?draft=true&locale=en', {
      method: 'POST',
      token,
      body: {
        title: 'Quokkaville engines',
        slug: 'quokkaville-engines',
        company: companies.docs[0].id,
        edition: '2019-2020',
        publishedAt: '2019-05-01T12:00:00.000Z',
        _status: 'draft',
      },
    })
    expect(created.status).toBe(201)
    storyId = created.body.doc.id
    expect(await query('quokkaville')).toEqual([])
  })

  test('published, it is found on the next query, in both locales', async () => {
    const published = await apiAnswer(site, `/stories/${storyId}?locale=en`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await query('quokkaville')).toEqual(['stories/quokkaville-engines'])
    const { body } = await search('q=quokkaville&locale=fr')
    // No French title yet: the French row shows the English one, as the API does.
    expect(body.docs).toMatchObject([
      { title: 'Quokkaville engines', path: '/fr/stories/quokkaville-engines' },
    ])
  })

  test('a French-only change to it is found in French, accent-insensitive', async () => {
    const changed = await apiAnswer(site, `/stories/${storyId}?locale=fr`, {
      method: 'PATCH',
      token,
      body: { title: 'Moteurs de la Wombatière', _status: 'published' },
    })
    expect(changed.status).toBe(200)
    const { body } = await search('q=wombatiere&locale=fr')
    expect(body.docs).toMatchObject([
      { slug: 'quokkaville-engines', title: 'Moteurs de la Wombatière' },
    ])
  })

  test('a draft saved over it is not indexed; the published text still is', async () => {
    const saved = await apiAnswer(site, `/stories/${storyId}?draft=true&locale=en`, {
      method: 'PATCH',
      token,
      body: { title: 'Platypusland engines' },
    })
    expect(saved.status).toBe(200)
    expect(await query('platypusland')).toEqual([])
    expect(await query('quokkaville')).toEqual(['stories/quokkaville-engines'])
  })

  test('unpublished, it is gone from the next query', async () => {
    const unpublished = await apiAnswer(site, `/stories/${storyId}?locale=en`, {
      method: 'PATCH',
      token,
      body: { title: 'Quokkaville engines', _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect(await query('quokkaville')).toEqual([])
    expect(await query('wombatiere', 'fr')).toEqual([])
  })

  test('published again then deleted, it is gone from the next query', async () => {
    await apiAnswer(site, `/stories/${storyId}`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    })
    expect(await query('quokkaville')).toEqual(['stories/quokkaville-engines'])
    const deleted = await apiAnswer(site, `/stories/${storyId}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(200)
    expect(await query('quokkaville')).toEqual([])
  })
})

describe('bad parameters are refused with a 400 naming them, in the reader’s language', () => {
  const refusal = (message: string) => ({ status: 400, body: { errors: [{ message }] } })

  test('q missing, too short or too long', async () => {
    expect(await search('locale=en')).toEqual(refusal('Invalid query parameter q: is required'))
    expect(await search('q=a')).toEqual(
      refusal('Invalid query parameter q: must be from 2 to 200 characters long'),
    )
    expect(await search(`q=${'a'.repeat(201)}`)).toEqual(
      refusal('Invalid query parameter q: must be from 2 to 200 characters long'),
    )
  })

  test('in French for a French reader or a French locale', async () => {
    expect(await search('q=a&locale=fr')).toEqual(
      refusal('Paramètre de requête invalide q : doit compter de 2 à 200 caractères'),
    )
    expect(await search('q=avion&locale=de', { 'accept-language': 'fr-CA,fr;q=0.9' })).toEqual(
      refusal('Paramètre de requête invalide locale : doit être l’une des valeurs en, fr'),
    )
  })

  test('an unknown locale, a limit or page out of range', async () => {
    expect(await search('q=avion&locale=de')).toEqual(
      refusal('Invalid query parameter locale: must be one of en, fr'),
    )
    expect(await search('q=avion&limit=51')).toEqual(
      refusal('Invalid query parameter limit: must be a whole number from 1 to 50'),
    )
    expect(await search('q=avion&page=0')).toEqual(
      refusal('Invalid query parameter page: must be a whole number from 1 to 1000'),
    )
  })
})

describe('the public site', () => {
  test('every page has a search box in its header, and the results page lists the hits', async () => {
    const response = await fetch(`${site.base}/fr/search?q=logistique`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('role="search"')
    expect(html).toContain(
      '<label class="visually-hidden" for="site-search">Rechercher dans le site</label>',
    )
    expect(html).toMatch(/résultats? pour « logistique »/)
    expect(html).toContain(
      '<a href="/fr/clusters/logistics-transportation">Logistique et transport</a>',
    )
    expect(html).toContain('<mark>logistique</mark>')
  })
})

describe('npm run search:rebuild', () => {
  test('indexes every published document again, with progress, and search answers the same', async () => {
    const before = await hits('q=logistique&locale=fr')
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'search:rebuild'], {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NODE_ENV: 'development',
          DATABASE_URL: site.database.url,
          MEDIA_DIR: site.mediaDir,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let stdout = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stdout }))
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\[search\] indexed \d+\/(\d+) \(clusters\)/)
    const total = run.stdout.match(/(\d+) published documents indexed/)?.[1]
    // The seeded documents: 15 clusters, 55 companies, 5 ambassadors, 3 pages, 13 organizations.
    expect(total).toBe('91')
    expect(run.stdout).toContain(`[search] indexed ${total}/${total} (organizations)`)
    expect(await hits('q=logistique&locale=fr')).toEqual(before)
  }, 180_000)
})
