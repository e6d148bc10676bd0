import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { changesHiddenFromApi, changesHiddenFromSite, unstoredWrites } from '../helpers/load/checks'
import { editor, type AcknowledgedWrite, type ClusterRef } from '../helpers/load/editors'
import { getJson, jsonHeaders, login } from '../helpers/load/http'
import { Pacer, reader } from '../helpers/load/readers'
import { Tally } from '../helpers/load/tally'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * Issue 9: ordinary load against the production server. 20 readers (REST, GraphQL, site pages)
 * and 2 editors publishing for LOAD_TEST_SECONDS (60 by default); then nothing may have answered
 * 5xx, every acknowledged write must be stored, and every published change must show, to anyone,
 * on the API and on the site.
 */
const SECONDS = Number(process.env.LOAD_TEST_SECONDS || 60)
const READERS = 20
/** 4 GraphQL requests a second for all readers: below the 300 a minute allowed to one address. */
const GRAPHQL_INTERVAL_MS = 250

const COMMUNICATIONS = {
  email: 'communications@load.test',
  password: 'a-communications-password-for-load',
}

let site: RunningSite
let base: string
let adminToken: string
const tally = new Tally()
const acknowledged: AcknowledgedWrite[] = []

async function createCommunicationsUser(token: string): Promise<void> {
  const response = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: jsonHeaders(token),
    body: JSON.stringify({ ...COMMUNICATIONS, name: 'Load editor', role: 'communications' }),
  })
  if (response.status !== 201) throw new Error(`user creation: ${await response.text()}`)
}

async function seededClusters(): Promise<ClusterRef[]> {
  const { docs } = await getJson<{ docs: ClusterRef[] }>(
    `${base}/api/clusters?pagination=false&depth=0&locale=en&sort=createdAt&select[slug]=true`,
    adminToken,
  )
  return docs.map(({ id, slug }) => ({ id, slug }))
}

/** The production server's log lines that say what went wrong, once each. */
function serverErrorsInLog(): string[] {
  const lines = site.run.output().split('\n')
  return [...new Set(lines.filter((line) => /error/i.test(line)).map((l) => l.slice(0, 200)))]
}

beforeAll(
  async () => {
    site = await startProductionServer()
    // Loopback by address: the load never leaves the machine, whatever `localhost` resolves to.
    base = site.base.replace('localhost', '127.0.0.1')
    adminToken = await login(base, ADMIN.email, ADMIN.password)
    await createCommunicationsUser(adminToken)
    const communicationsToken = await login(base, COMMUNICATIONS.email, COMMUNICATIONS.password)
    const clusters = await seededClusters()
    const siteMap = { base, clusterSlugs: clusters.map((cluster) => cluster.slug) }
    const runId = `load${Date.now().toString(36)}`
    const deadline = Date.now() + SECONDS * 1000
    const graphqlPacer = new Pacer(GRAPHQL_INTERVAL_MS)
    await Promise.all([
      ...Array.from({ length: READERS }, (_, i) =>
        reader(siteMap, tally, graphqlPacer, i, deadline),
      ),
      editor(
        {
          name: 'admin',
          base,
          token: adminToken,
          clusters: clusters.filter((_, i) => i % 2 === 0),
          writesStories: false,
        },
        tally,
        runId,
        deadline,
        acknowledged,
      ),
      editor(
        {
          name: 'communications',
          base,
          token: communicationsToken,
          clusters: clusters.filter((_, i) => i % 2 === 1),
          writesStories: true,
        },
        tally,
        runId,
        deadline,
        acknowledged,
      ),
    ])
    const figures = Object.entries(tally.summary()).map(
      ([kind, count]) => `[load] ${kind}: ${JSON.stringify(count)}`,
    )
    console.log(
      [
        `[load] ${SECONDS} s, ${READERS} readers, 2 editors`,
        ...figures,
        `[load] acknowledged writes: ${acknowledged.length}`,
        `[load] server log errors: ${JSON.stringify(serverErrorsInLog().slice(0, 5))}`,
      ].join('\n'),
    )
  },
  300_000 + SECONDS * 1000,
)

afterAll(async () => {
  await site?.stop()
})

describe(`${READERS} readers and 2 editors publishing against the production server`, () => {
  it('get no answer in 5xx, and an answer to every request', () => {
    expect(tally.serverErrors()).toEqual({ rest: 0, graphql: 0, site: 0, write: 0 })
  })

  // Guards the load itself: a reader whose URL came back 4xx (or 429 from a rate limit) would
  // stop exercising the server without anyone noticing.
  it('have every read answered 200', () => {
    const readStatuses = {
      rest: tally.statusesBelow500('rest'),
      graphql: tally.statusesBelow500('graphql'),
      site: tally.statusesBelow500('site'),
    }
    expect(readStatuses).toEqual({ rest: [200], graphql: [200], site: [200] })
  })

  it('have every write acknowledged', () => {
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(acknowledged.length).toBe(tally.summary().write.requests)
  })

  it('find every acknowledged write stored', async () => {
    await expect(unstoredWrites(base, adminToken, acknowledged)).resolves.toEqual([])
  })

  it('see every published change on the API once the load stops', async () => {
    await expect(changesHiddenFromApi(base, acknowledged)).resolves.toEqual([])
  })

  it('see every published change on the site once the load stops', async () => {
    await expect(changesHiddenFromSite(base, acknowledged)).resolves.toEqual([])
  }, 120_000)
})
