import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { harbourPng } from '../helpers/mediaFiles'
import {
  CLUSTER_ADMIN,
  refusedSince,
  startLocalCluster,
  type LocalCluster,
} from '../helpers/localCluster'
import { startReadLoad } from '../helpers/readLoad'

/**
 * `npm run cluster` for real: HAProxy, two production instances, the jobs worker and an S3 server,
 * each a process, on PostgreSQL and Redis. PostgreSQL only: the cluster shares one database server.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL)
if (!onPostgres)
  console.log(
    'tests/cluster skipped: the cluster runs on PostgreSQL. Run it with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.',
  )
const describeOnPostgres = onPostgres ? describe : describe.skip

/** Logins allowed per address and window on every instance together (the test's own limit). */
const LOGIN_LIMIT = 4
/** Clients of the read load, each with one request in flight at a time. */
const CONCURRENCY = 8
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let cluster: LocalCluster
let token: string

const json = (base: string, path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  }).then(async (response) => ({ status: response.status, body: await response.json() }))

async function sql<T>(query: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.database.url })
  await client.connect()
  try {
    return (await client.query(query, values)).rows as T[]
  } finally {
    await client.end()
  }
}

async function until(what: string, seconds: number, check: () => Promise<boolean>) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return
    await sleep(250)
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`)
}

describeOnPostgres('the local cluster (npm run cluster)', () => {
  beforeAll(async () => {
    cluster = await startLocalCluster({ RATE_LIMIT_LOGIN: String(LOGIN_LIMIT) })
    const login = await fetch(`${cluster.balancer}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CLUSTER_ADMIN),
    })
    token = (await login.json()).token
  }, 330_000)

  afterAll(async () => {
    await cluster?.stop()
  }, 90_000)

  it('balances round robin over both instances, each checked on /readyz', async () => {
    const servedBy = []
    for (let i = 0; i < 4; i++)
      servedBy.push((await fetch(`${cluster.balancer}/readyz`)).headers.get('x-served-by'))
    expect([...servedBy].sort()).toEqual(['app1', 'app1', 'app2', 'app2'])
    expect(cluster.run.output()).toContain(`Load balancer  ${cluster.balancer}`)
  })

  it('a publish through instance A is seen at once by an anonymous read through instance B', async () => {
    const [first] = (await json(cluster.instance(1), '/clusters?limit=1&depth=0&sort=id')).body.docs
    const path = `/api/clusters/${first.id}?locale=en&depth=0&t=${Date.now()}`
    const readThroughB = () => fetch(`${cluster.instance(2)}${path}`)
    expect((await readThroughB()).headers.get('x-cache')).toBe('MISS')
    expect((await readThroughB()).headers.get('x-cache')).toBe('HIT')

    const summary = `Published through A at ${Date.now()}`
    const saved = await json(cluster.instance(1), `/clusters/${first.id}?locale=en`, {
      method: 'PATCH',
      body: { summary, _status: 'published' },
    })
    expect(saved.status).toBe(200)

    const fresh = await readThroughB()
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect((await fresh.json()).summary).toBe(summary)
  })

  it('an upload through instance A is served by instance B (media in S3)', async () => {
    const original = await harbourPng()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(original)], { type: 'image/png' }), 'cluster.png')
    form.append('_payload', JSON.stringify({ alt: 'Uploaded through A' }))
    const uploaded = await fetch(`${cluster.instance(1)}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = await uploaded.json()
    const served = await fetch(`${cluster.instance(2)}/api/media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer())).toEqual(original)
    expect((await json(cluster.instance(2), `/media/${doc.id}`, { method: 'DELETE' })).status).toBe(
      200,
    )
  })

  it('the login rate limit is shared: attempts through A and B count together', async () => {
    // One client address (HAProxy's X-Forwarded-For, trusted with TRUST_PROXY) of this test only.
    const attempt = (instance: number) =>
      fetch(`${cluster.instance(instance)}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23' },
        body: JSON.stringify({ email: 'nobody@cluster.test', password: 'wrong-password' }),
      }).then((response) => response.status)
    const statuses = []
    for (const instance of [1, 2, 1, 2, 1, 2]) statuses.push(await attempt(instance))
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
  })

  it('a scheduled publication runs exactly once, with two instances and the worker', async () => {
    const created = await json(cluster.balancer, '/stories?locale=en&draft=true', {
      method: 'POST',
      body: { title: 'Scheduled in the cluster', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const french = await json(cluster.balancer, `/stories/${id}?locale=fr&draft=true`, {
      method: 'PATCH',
      body: { title: 'Programmé dans la grappe', _status: 'draft' },
    })
    expect(french.status).toBe(200)
    const scheduled = await json(cluster.balancer, '/schedules', {
      method: 'POST',
      body: {
        type: 'publish',
        doc: { relationTo: 'stories', value: id },
        waitUntil: new Date(Date.now() + 2_000).toISOString(),
      },
    })
    expect(scheduled.status).toBe(201)
    await until('the scheduled publication', 60, async () => {
      const read = await fetch(`${cluster.instance(2)}/api/stories/${id}?locale=en&t=${Date.now()}`)
      return read.status === 200
    })
    // Two more seconds in which a second run, if any, would have happened.
    await sleep(2_000)
    const published = await sql<{ count: string }>(
      `select count(*) from _stories_v where parent_id = $1 and version__status = 'published'`,
      [id],
    )
    expect(published).toEqual([{ count: '1' }])
    const runs = await sql<{ state: string }>(
      `select state from payload_jobs_log where _parent_id = $1`,
      [scheduled.body.id],
    )
    expect(runs).toEqual([{ state: 'succeeded' }])
  })

  it('under a read load, kill -9 of one instance fails only requests in flight on it; it rejoins', async () => {
    const load = startReadLoad(
      `${cluster.balancer}/api/clusters?locale=fr&limit=5&depth=0`,
      CONCURRENCY,
    )
    await sleep(3_000)
    const killedPid = cluster.pid(1)
    const killedAt = Date.now()
    process.kill(killedPid, 'SIGKILL')
    // The signal is delivered, and the process torn down, some milliseconds later: until its port
    // refuses connections, requests still reach it.
    const goneAt = await refusedSince(cluster.ports.apps[0])
    await until('app1 to rejoin the load balancer', 150, async () =>
      load.requests.some((r) => r.servedBy === 'app1' && r.startedAt > goneAt && r.status === 200),
    )
    const requests = await load.stop()
    const rejoinedAt = Math.min(
      ...requests
        .filter((r) => r.servedBy === 'app1' && r.startedAt > goneAt)
        .map((r) => r.endedAt),
    )
    const failed = requests.filter((r) => r.status !== 200)
    const failedEnds = failed.length ? failed.map((r) => r.endedAt) : [0]
    console.log(
      `failover: ${requests.length} requests through HAProxy (${CONCURRENCY} at a time), ` +
        `${failed.length} failed (cut off within ${Math.max(...failedEnds) - Math.min(...failedEnds)} ms of one another) ` +
        `(app1 refused connections ${goneAt - killedAt} ms after kill -9); ` +
        `app1 rejoined ${((rejoinedAt - killedAt) / 1000).toFixed(1)} s after the kill`,
    )
    // Only requests that were on app1 as it died fail: none sent once it was gone, and at most one
    // per client (a client has one request in flight at a time).
    expect(failed.filter((r) => r.startedAt > goneAt)).toEqual([])
    expect(failed.length).toBeLessThanOrEqual(CONCURRENCY)
    expect(
      requests.filter((r) => r.startedAt > goneAt && r.servedBy === 'app2').length,
    ).toBeGreaterThan(0)
    expect(cluster.run.output()).toContain('[cluster] app1 exited (SIGKILL); restarting in 1 s')
    expect(cluster.pid(1)).not.toBe(killedPid)
  })

  it('SIGTERM stops every process it started', async () => {
    const { stillRunning, stopLines } = await cluster.stop()
    console.log(`stop:\n${stopLines.join('\n')}`)
    expect({ stillRunning, stopped: stopLines.at(-1) }).toEqual({
      stillRunning: [],
      stopped: '[cluster] stopped.',
    })
  }, 90_000)
})
