import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { contentCollections, globalSlugs } from '@/constants/slugs'
import { sourceContent } from '@/seed/data'
import { seed } from '@/seed/run'
import type { SeedContent } from '@/seed/types'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let reader: ApiClient
const quiet = () => undefined

async function counts(payload: Payload) {
  const entries = await Promise.all(
    contentCollections.map(
      async (collection) =>
        [
          collection,
          (await payload.count({ collection, overrideAccess: true })).totalDocs,
        ] as const,
    ),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  ctx = await startPayload()
  reader = new ApiClient(ctx.config)
})

afterAll(async () => {
  await ctx.teardown()
})

describe('seed', () => {
  it('leaves nothing behind when it fails half-way', async () => {
    const broken: SeedContent = {
      ...sourceContent,
      clusters: [
        ...sourceContent.clusters,
        { ...sourceContent.clusters[0], slug: 'broken', secretariat: 'no-such-organization' },
      ],
    }
    await expect(seed(ctx.payload, { content: broken, log: quiet })).rejects.toThrow(
      'no-such-organization',
    )
    expect(Object.values(await counts(ctx.payload))).toEqual(contentCollections.map(() => 0))
  })

  it('imports every item of the three source pages', async () => {
    const lines: string[] = []
    const report = await seed(ctx.payload, {
      log: (line) => lines.push(line),
      admin: { email: 'admin@test.local' },
    })
    expect(await counts(ctx.payload)).toEqual({
      organizations: 13,
      clusters: 15,
      quotes: 9,
      companies: 55,
      stories: 0,
      ambassadors: 5,
      pages: 3,
    })
    expect(report.admin?.email).toBe('admin@test.local')
    expect(lines.some((line) => line.includes('clusters 15/15'))).toBe(true)
  })

  it('holds the ten Montréal clusters and the five Sherbrooke sectors', async () => {
    const montreal = await reader.get('/clusters', {
      where: { region: { equals: 'greater_montreal' } },
      limit: 50,
    })
    const sherbrooke = await reader.get('/clusters', {
      where: { region: { equals: 'sherbrooke' } },
      limit: 50,
    })
    expect(montreal.body.totalDocs).toBe(10)
    expect(sherbrooke.body.totalDocs).toBe(5)
  })

  it('keeps each figure with its source and year, in English and French', async () => {
    const en = await reader.get('/clusters', { where: { slug: { equals: 'aerospace' } } })
    const fr = await reader.get('/clusters', {
      where: { slug: { equals: 'aerospace' } },
      locale: 'fr',
    })
    const workers = en.body.docs[0].keyFigures.find((f: { value: number }) => f.value === 39130)
    expect(workers).toMatchObject({
      unit: 'workers',
      display: 'Over 39,130 highly qualified workers',
      source: 'Ministry of Economy, Science and Innovation',
      year: 2016,
    })
    const travailleurs = fr.body.docs[0].keyFigures.find(
      (f: { value: number }) => f.value === 39130,
    )
    expect(travailleurs.display).toBe('Plus de 39 130 travailleurs hautement qualifiés')

    const manufacturing = await reader.get('/clusters', {
      where: { slug: { equals: 'sherbrooke-advanced-manufacturing' } },
    })
    expect(manufacturing.body.docs[0].keyFigures.map((f: { value: number }) => f.value)).toEqual([
      375, 9790,
    ])

    const cleantech = await reader.get('/clusters', { where: { slug: { equals: 'cleantech' } } })
    expect(cleantech.body.docs[0].sectorBreakdown.items[0]).toMatchObject({
      label: 'Energy',
      share: 21,
    })
  })

  it('links clusters to their quotes and leaders, and companies back to their clusters', async () => {
    const aerospace = (
      await reader.get('/clusters', { where: { slug: { equals: 'aerospace' } }, depth: 1 })
    ).body.docs[0]
    expect(aerospace.quotes.docs.map((q: { speakerName: string }) => q.speakerName)).toEqual([
      'Suzanne M. Benoît',
    ])
    expect(aerospace.leaders.docs.map((c: { name: string }) => c.name)).toEqual([
      'Bell Helicopter Textron',
      'Bombardier Aerospace',
      'Pratt & Whitney',
    ])
    const cgi = (await reader.get('/companies', { where: { slug: { equals: 'cgi' } }, depth: 1 }))
      .body.docs[0]
    expect(cgi.clusters.map((c: { slug: string }) => c.slug)).toEqual(['ict'])
  })

  it('holds the ecosystem figures, ambassadors and the three pages', async () => {
    const figures = await reader.get(`/globals/${globalSlugs.ecosystemFigures}`)
    const tech = figures.body.groups.find((g: { key: string }) => g.key === 'quebec-tech-industry')
    expect(tech.figures.find((f: { value: number }) => f.value === 7530)).toMatchObject({
      year: 2018,
    })
    const ambassadors = await reader.get('/ambassadors', { sort: 'order' })
    expect(ambassadors.body.docs.map((a: { name: string }) => a.name)).toEqual([
      'Sylvain Carle',
      'Yoshua Bengio',
      'Isabelle Bettez',
      'Louis-Philippe Maurice',
      'Serge Godin',
    ])
    const pages = await reader.get('/pages', { sort: 'slug', locale: 'fr' })
    expect(pages.body.docs.map((p: { slug: string }) => p.slug)).toEqual([
      'montreal-ten-clusters',
      'sherbrooke-key-sectors',
      'technopolys-movement',
    ])
    expect(pages.body.docs.every((p: { layout: unknown[] }) => p.layout.length > 0)).toBe(true)
  })

  it('creates and changes nothing when run again', async () => {
    const before = await ctx.payload.find({
      collection: 'clusters',
      sort: 'slug',
      limit: 100,
      overrideAccess: true,
    })
    const report = await seed(ctx.payload, { log: quiet, admin: { email: 'admin@test.local' } })
    expect(Object.values(report.created).every((n) => n === 0)).toBe(true)
    expect(report.admin).toBeUndefined()
    const after = await ctx.payload.find({
      collection: 'clusters',
      sort: 'slug',
      limit: 100,
      overrideAccess: true,
    })
    expect(after.docs.map((d) => d.updatedAt)).toEqual(before.docs.map((d) => d.updatedAt))
  })
})
