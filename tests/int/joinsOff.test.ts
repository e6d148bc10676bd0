import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { apiAnswer, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * `?joins=false` over REST on the production server (SQLite unless TEST_DATABASE_URL): every join
 * field is left out, as `joins[<name>]=false` for each join does. Payload 3.90 alone read the
 * string as join names and ran every join (src/plugins/joinsOff).
 */

let site: RunningSite

const read = async (path: string) => {
  const answer = await apiAnswer(site, path)
  expect(answer.status).toBe(200)
  return answer.body
}

type Joined = { docs?: unknown[] } | null | undefined

/** A join left out: Payload answers null or leaves the key out (never `{ docs: [] }`). */
const leftOut = (value: unknown) => expect(value ?? null).toBeNull()

beforeAll(async () => {
  site = await startProductionServer()
})

afterAll(async () => {
  await site?.stop()
})

describe('joins=false over REST', () => {
  it('leaves the leaders and quotes out of the cluster list', async () => {
    const full = await read('/clusters?depth=0&limit=100&locale=fr')
    const joined = full.docs.filter(
      (doc: { leaders: Joined }) => (doc.leaders?.docs ?? []).length > 0,
    )
    expect(joined.length).toBeGreaterThan(0)

    const lean = await read('/clusters?depth=0&limit=100&locale=fr&joins=false')
    expect(lean.totalDocs).toBe(full.totalDocs)
    for (const doc of lean.docs) {
      leftOut(doc.leaders)
      leftOut(doc.quotes)
    }
    const byName = await read(
      '/clusters?depth=0&limit=100&locale=fr&joins[leaders]=false&joins[quotes]=false',
    )
    expect(lean.docs).toEqual(byName.docs)
  })

  it('leaves them out of one cluster read by id', async () => {
    const { docs } = await read('/clusters?depth=0&limit=1&where[slug][equals]=aerospace')
    const id = docs[0].id
    expect((await read(`/clusters/${id}?depth=1`)).leaders.docs.length).toBeGreaterThan(0)
    const lean = await read(`/clusters/${id}?depth=1&joins=false`)
    leftOut(lean.leaders)
    leftOut(lean.quotes)
    expect(lean).toEqual(
      await read(`/clusters/${id}?depth=1&joins[leaders]=false&joins[quotes]=false`),
    )
  })

  it('leaves the clusters out of the organizations', async () => {
    const full = await read('/organizations?depth=0&limit=100')
    expect(
      full.docs.some((doc: { clusters: Joined }) => (doc.clusters?.docs ?? []).length > 0),
    ).toBe(true)
    const lean = await read('/organizations?depth=0&limit=100&joins=false')
    for (const doc of lean.docs) leftOut(doc.clusters)
  })
})
