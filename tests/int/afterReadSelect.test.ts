import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { fixtureFor, fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * patches/payload+3.90.1.patch: with a `select` that includes some fields, Payload's afterRead
 * still walked every field of every document (its paths worked out, a promise each) only to
 * delete those left out. The read model asks each list for its ids alone (`select: { id: true }`),
 * so that walk was most of an ids query: about 13 % of an uncached GraphQL list read's CPU
 * (`npm run bench:profile`). A field left out is now deleted before that work. What a reader gets
 * is unchanged: the same fields, hidden ones still hidden, hooks of selected fields still run.
 */
let ctx: TestContext

/** The sanitized config object of the field `name` of `fields`, inside tabs, rows and groups. */
function fieldNamed(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const nested =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : tab.fields))
        : 'fields' in field && !('name' in field)
          ? field.fields
          : []
    const found = fieldNamed(nested, name)
    if (found) return found
  }
  return undefined
}

/** Counts how often the afterRead walk looks at `field` (it reads `hidden` first of all). */
function watchField(field: Field) {
  const hidden = (field as { hidden?: boolean }).hidden
  const seen = { count: 0 }
  Object.defineProperty(field, 'hidden', {
    configurable: true,
    enumerable: true,
    get: () => {
      seen.count += 1
      return hidden
    },
  })
  return {
    seen,
    restore: () =>
      Object.defineProperty(field, 'hidden', {
        configurable: true,
        enumerable: true,
        writable: true,
        value: hidden,
      }),
  }
}

beforeAll(async () => {
  ctx = await startPayload()
  const organization = await fixtureOrganization(ctx.payload)
  for (let i = 0; i < 3; i += 1)
    await ctx.payload.create({
      collection: collectionSlugs.clusters,
      data: { ...fixtureFor('clusters', organization).data, _status: 'published' } as never,
      overrideAccess: true,
    })
}, 300_000)
afterAll(async () => {
  await ctx?.teardown()
})

describe('afterRead with a select leaves the fields it does not select alone', () => {
  it('an ids-only read does not walk the other fields; a selected field is still read', async () => {
    const summary = fieldNamed(ctx.payload.collections.clusters.config.fields, 'summary')!
    expect(summary).toBeDefined()
    const watched = watchField(summary)
    try {
      const ids = await ctx.payload.find({
        collection: collectionSlugs.clusters,
        // As the read model asks (Payload's generated select types leave `id` out).
        select: { id: true } as never,
        overrideAccess: false,
      })
      expect(ids.docs).toHaveLength(3)
      expect(ids.docs.map((doc) => Object.keys(doc))).toEqual([['id'], ['id'], ['id']])
      expect(watched.seen.count).toBe(0)

      const named = await ctx.payload.find({
        collection: collectionSlugs.clusters,
        select: { summary: true },
        overrideAccess: false,
      })
      expect(named.docs.map((doc) => Object.keys(doc).sort())).toEqual(
        Array(3).fill(['id', 'summary']),
      )
      expect(named.docs[0].summary).toBe('A cluster.')
      expect(watched.seen.count).toBe(3)
    } finally {
      watched.restore()
    }
  })

  it('hidden fields stay hidden and a select that leaves fields out answers as before', async () => {
    const full = await ctx.payload.find({ collection: collectionSlugs.clusters, depth: 0 })
    const picked = await ctx.payload.find({
      collection: collectionSlugs.clusters,
      depth: 0,
      select: { name: true, slug: true, keyFigures: true },
      overrideAccess: false,
    })
    expect(picked.docs).toEqual(
      full.docs.map(({ id, name, slug, keyFigures }) => ({ id, name, slug, keyFigures })),
    )
    const excluded = await ctx.payload.find({
      collection: collectionSlugs.clusters,
      depth: 0,
      select: { summary: false },
    })
    expect(excluded.docs).toEqual(full.docs.map(({ summary: _left, ...rest }) => rest))
  })
})
