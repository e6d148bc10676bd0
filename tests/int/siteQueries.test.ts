import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import type * as ClusterReads from '@/site/data/clusters'
import type * as SiteReads from '@/site/data/read'
import { startPayload, type TestContext } from '../helpers/payload'

const READS = 1000
let ctx: TestContext
// The site's modules read the config when they load: imported once the database is chosen.
let readCluster: typeof ClusterReads.readCluster
let publicMode: typeof SiteReads.publicMode

beforeAll(async () => {
  ctx = await startPayload()
  ;({ readCluster } = await import('@/site/data/clusters'))
  ;({ publicMode } = await import('@/site/data/read'))
  const { seed } = await import('@/seed/run')
  await seed(ctx.payload, { log: () => undefined, admin: { email: 'admin@test.local' } })
})

afterAll(async () => {
  await ctx?.teardown()
})

describe('the site builds its queries afresh', () => {
  it(`reads the same cluster profile ${READS} times with the same query, on the 1,000th read too`, async () => {
    // Records each read's query as the site hands it to Payload, before Payload touches it
    // (the later calls of a read are Payload's own, populating relationships).
    const seen: string[] = []
    let firstOfRead = false
    const find = ctx.payload.find.bind(ctx.payload)
    const spy = jest.spyOn(ctx.payload, 'find').mockImplementation(((args: { joins?: unknown }) => {
      if (firstOfRead)
        seen.push(JSON.stringify({ where: (args as { where?: unknown }).where, joins: args.joins }))
      firstOfRead = false
      return find(args as Parameters<typeof find>[0])
    }) as typeof ctx.payload.find)
    let last = null
    for (let read = 0; read < READS; read++) {
      firstOfRead = true
      last = await readCluster(publicMode('en'), 'aerospace')
    }
    spy.mockRestore()

    expect(last?.slug).toBe('aerospace')
    expect(last?.leaders?.docs?.length).toBeGreaterThan(0)
    expect(seen).toHaveLength(READS)
    expect(new Set(seen).size).toBe(1)
    expect(JSON.parse(seen[0] ?? '{}').joins).toEqual({
      leaders: { limit: 100, sort: 'name' },
      quotes: { limit: 20, sort: 'createdAt' },
    })
    // The rule Payload combined into each join is unchanged too: nothing shared has grown.
    const read = ctx.payload.collections.clusters.config.access.read
    expect(await read({ req: { user: null } } as Parameters<typeof read>[0])).toEqual({
      _status: { equals: 'published' },
    })
  }, 600_000)
})
