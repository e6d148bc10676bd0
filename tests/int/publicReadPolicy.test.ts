import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Forbidden } from 'payload'

import { privateCollections } from '@/constants/slugs'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * The host decides which API reads may be cached and shared before Payload runs, from the path
 * alone; the collections' read access decides what Payload answers. The two must name the same
 * private collections: one anonymous readers are refused but the host thinks public would have
 * its refusals sent with the public, cross-origin headers, and one they may read but the host
 * thinks private would never be cached. A collection added to the config is caught too.
 */
let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => ctx.teardown())

describe('the public-read policy of the host', () => {
  it('names exactly the collections whose read access refuses anonymous readers', async () => {
    const refused: string[] = []
    for (const { slug } of ctx.payload.config.collections) {
      if (slug.startsWith('payload-')) continue // Payload's own: refused by prefix.
      try {
        await ctx.payload.find({ collection: slug, overrideAccess: false, limit: 1, depth: 0 })
      } catch (error) {
        if (!(error instanceof Forbidden)) throw error
        refused.push(slug)
      }
    }
    expect(refused.sort()).toEqual([...privateCollections].sort())
  })
})
