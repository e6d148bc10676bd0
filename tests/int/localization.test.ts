import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let editor: ApiClient
let reader: ApiClient
let bilingualId: number
let englishOnlyId: number

beforeAll(async () => {
  ctx = await startPayload()
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  reader = editor.anonymous()
  const secretariat = await fixtureOrganization(ctx.payload)
  const base = { kind: 'cluster', region: 'greater_montreal', secretariat, _status: 'published' }

  const bilingual = await editor.post(
    '/clusters',
    { ...base, name: 'Aerospace', summary: 'Planes and engines.' },
    { locale: 'en' },
  )
  bilingualId = bilingual.body.doc.id
  await editor.patch(
    `/clusters/${bilingualId}`,
    { name: 'Aérospatiale', summary: 'Avions et moteurs.' },
    { locale: 'fr' },
  )

  const englishOnly = await editor.post(
    '/clusters',
    { ...base, name: 'Fashion', summary: 'Clothing.' },
    { locale: 'en' },
  )
  englishOnlyId = englishOnly.body.doc.id
})

afterAll(async () => {
  await ctx.teardown()
})

describe('localized reads', () => {
  it('REST returns the French text with ?locale=fr and the English text by default', async () => {
    const french = await reader.get(`/clusters/${bilingualId}`, { locale: 'fr' })
    const english = await reader.get(`/clusters/${bilingualId}`)
    expect(french.body.name).toBe('Aérospatiale')
    expect(french.body.summary).toBe('Avions et moteurs.')
    expect(english.body.name).toBe('Aerospace')
  })

  it('REST falls back to English where no French text exists', async () => {
    const french = await reader.get(`/clusters/${englishOnlyId}`, { locale: 'fr' })
    expect(french.body.name).toBe('Fashion')
  })

  it('REST returns no text when the fallback is turned off', async () => {
    const french = await reader.get(`/clusters/${englishOnlyId}`, {
      locale: 'fr',
      'fallback-locale': 'none',
    })
    expect(french.body.name ?? null).toBeNull()
  })

  it('REST returns every locale at once with ?locale=all', async () => {
    const all = await reader.get(`/clusters/${bilingualId}`, { locale: 'all' })
    expect(all.body.name).toEqual({ en: 'Aerospace', fr: 'Aérospatiale' })
  })

  it('GraphQL reads French, with the English fallback', async () => {
    const response = await reader.graphql(
      `query ($a: Int!, $b: Int!) { a: Cluster(id: $a, locale: fr) { name } b: Cluster(id: $b, locale: fr) { name } }`,
      { a: bilingualId, b: englishOnlyId },
    )
    expect(response.body.data).toEqual({ a: { name: 'Aérospatiale' }, b: { name: 'Fashion' } })
  })

  it('a French edit leaves the English text as it was', async () => {
    await editor.patch(
      `/clusters/${bilingualId}`,
      { summary: 'Avions, moteurs et simulateurs.' },
      { locale: 'fr' },
    )
    const english = await reader.get(`/clusters/${bilingualId}`, { locale: 'en' })
    expect(english.body.summary).toBe('Planes and engines.')
  })
})

describe('admin languages', () => {
  it('offers the admin in English and French', () => {
    expect(Object.keys(ctx.config.i18n.supportedLanguages).sort()).toEqual(['en', 'fr'])
    expect(ctx.config.localization && ctx.config.localization.localeCodes).toEqual(['en', 'fr'])
  })
})
