import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { connectPayload, type TestContext } from '../helpers/payload'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * Figures over time on the production server (SQLite unless TEST_DATABASE_URL): each publish
 * keeps a key figure's earlier values, `GET /api/<collection>/:id/figures/history` answers them
 * oldest first, draft saves never enter them, and no request can write them.
 */

const PASSWORD = 'a-long-password-for-figure-history'
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

let site: RunningSite
let ctx: TestContext
let adminToken: string
let editorToken: string
let secretariatToken: string
let organization: number
let counter = 0

const api = (path: string, init: Parameters<typeof apiAnswer>[2] = {}) =>
  apiAnswer(site, path, init)

/** A GET with headers of its own (the reader's language), over HTTP. */
async function read(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site.base}/api${path}`, { headers })
  return { status: response.status, body: await response.json() }
}

const login = async (email: string) =>
  (await api('/users/login', { method: 'POST', body: { email, password: PASSWORD } })).body
    .token as string

const unique = (name: string) => `${name}-${Date.now().toString(36)}-${++counter}`

type Figure = { value: number; year: number; source: string; display: string }

const jobs = ({ value, year, source, display }: Figure, id?: string) => ({
  ...(id ? { id } : {}),
  label: 'Jobs',
  value,
  unit: 'jobs',
  display,
  source,
  year,
})

/** A cluster of the secretariat's organization, published by communications with one figure. */
async function publishedCluster(figure: Figure): Promise<{ id: number; row: string }> {
  const slug = unique('figures')
  const created = await api('/clusters', {
    method: 'POST',
    token: editorToken,
    body: {
      name: `Cluster ${slug}`,
      slug,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'A cluster whose figures change.',
      keyFigures: [jobs(figure)],
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id, row: created.body.doc.keyFigures[0].id }
}

/** Communications changes the figure in place (same row) and publishes. */
async function publishFigure(id: number, row: string, figure: Figure) {
  const saved = await api(`/clusters/${id}`, {
    method: 'PATCH',
    token: editorToken,
    body: { keyFigures: [jobs(figure, row)], _status: 'published' },
  })
  expect(saved.status).toBe(200)
  expect(saved.body.doc.keyFigures[0].id).toBe(row)
}

/** A draft save of the figure (in place) by `token`. */
async function draftFigure(token: string, id: number, row: string, figure: Figure) {
  const saved = await api(`/clusters/${id}?draft=true`, {
    method: 'PATCH',
    token,
    body: { keyFigures: [jobs(figure, row)] },
  })
  expect(saved.status).toBe(200)
}

const history = async (id: number, query = '') =>
  (await read(`/clusters/${id}/figures/history${query}`)).body

/** The series of the only figure, with its dates checked and left out. */
async function seriesOf(id: number, query = '') {
  const answer = await history(id, query)
  const series = answer.figures[0].series as Array<{ recordedAt: string | null }>
  for (const point of series) expect(point.recordedAt).toMatch(ISO)
  const dates = series.map((point) => point.recordedAt as string)
  expect([...dates].sort()).toEqual(dates)
  return series.map(({ recordedAt: _recordedAt, ...point }) => point)
}

const Y2017 = { value: 35000, year: 2017, source: 'ISQ', display: '35,000 jobs' }
const Y2020 = { value: 37000, year: 2020, source: 'ISQ', display: '37,000 jobs' }
const Y2022 = { value: 38000, year: 2022, source: 'ISQ', display: '38,000 jobs' }
const Y2024 = { value: 39130, year: 2024, source: 'StatCan', display: '39,130 jobs' }

const point = ({ value, year, source }: Figure) => ({ value, unit: 'jobs', year, source })

beforeAll(async () => {
  site = await startProductionServer()
  ctx = await connectPayload(site.database, site.mediaDir)
  adminToken = (await api('/users/login', { method: 'POST', body: ADMIN })).body.token
  organization = (await api('/organizations?limit=1&sort=id')).body.docs[0].id
  for (const role of ['communications', 'secretariat'] as const) {
    const created = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: {
        name: `Figures ${role}`,
        email: `${role}-figures@test.grappes.local`,
        password: PASSWORD,
        role,
        organization,
      },
    })
    expect(created.status).toBe(201)
  }
  editorToken = await login('communications-figures@test.grappes.local')
  secretariatToken = await login('secretariat-figures@test.grappes.local')
}, 300_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
})

describe('a key figure keeps its published values', () => {
  it('three publishes make a series of three, oldest first, in English and French (exact JSON)', async () => {
    const { id, row } = await publishedCluster(Y2017)
    // The French wording of the label and the source completes the figure: no new value.
    const french = await api(`/clusters/${id}?locale=fr`, {
      method: 'PATCH',
      token: editorToken,
      body: {
        name: 'Grappe des chiffres',
        summary: 'Une grappe dont les chiffres changent.',
        keyFigures: [
          { ...jobs(Y2017, row), label: 'Emplois', display: '35 000 emplois', source: 'ISQ (fr)' },
        ],
        _status: 'published',
      },
    })
    expect(french.status).toBe(200)
    await publishFigure(id, row, Y2020)
    // The yearly update as a secretariat makes it: drafts, then review and approval.
    await draftFigure(secretariatToken, id, row, Y2022)
    await draftFigure(secretariatToken, id, row, Y2024)
    expect(
      (await api(`/clusters/${id}/review/submit`, { method: 'POST', token: secretariatToken }))
        .status,
    ).toBe(200)
    expect(
      (await api(`/clusters/${id}/review/approve`, { method: 'POST', token: editorToken })).status,
    ).toBe(200)

    const answer = await history(id)
    expect(answer).toEqual({
      id,
      figures: [
        {
          id: row,
          label: 'Jobs',
          series: [
            { ...point(Y2017), recordedAt: expect.stringMatching(ISO) },
            { ...point(Y2020), recordedAt: expect.stringMatching(ISO) },
            { ...point(Y2024), recordedAt: expect.stringMatching(ISO) },
          ],
        },
      ],
    })
    expect(Object.keys(answer.figures[0].series[0]).sort()).toEqual([
      'recordedAt',
      'source',
      'unit',
      'value',
      'year',
    ])
    expect(await seriesOf(id)).toEqual([point(Y2017), point(Y2020), point(Y2024)])
    // French: the French label; each value's source as it was worded in French when it was published.
    const inFrench = await history(id, '?locale=fr')
    expect(inFrench.figures[0].label).toBe('Emplois')
    expect(inFrench.figures[0].series.map((p: { source: string }) => p.source)).toEqual([
      'ISQ (fr)',
      'ISQ (fr)',
      'ISQ (fr)',
    ])
    const noFallback = await history(id, '?locale=fr&fallback-locale=none')
    expect(noFallback.figures[0].series.map((p: { source: string }) => p.source)).toEqual([
      'ISQ (fr)',
      'ISQ (fr)',
      'ISQ (fr)',
    ])
  })

  it('a publish that changes nothing else about the figure adds nothing', async () => {
    const { id, row } = await publishedCluster(Y2017)
    const renamed = await api(`/clusters/${id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { summary: 'Only the summary changes.', _status: 'published' },
    })
    expect(renamed.status).toBe(200)
    await publishFigure(id, row, { ...Y2017, display: 'Some 35,000 jobs' })
    expect(await seriesOf(id)).toEqual([point(Y2017)])
  })

  it('draft saves never enter the history, whoever saves them', async () => {
    const { id, row } = await publishedCluster(Y2020)
    await draftFigure(secretariatToken, id, row, Y2022)
    await draftFigure(editorToken, id, row, Y2024)
    expect(await seriesOf(id)).toEqual([point(Y2020)])
    // The editor reads the published figures too, not its own draft.
    const asEditor = await api(`/clusters/${id}/figures/history`, { token: editorToken })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.figures[0].series).toHaveLength(1)
    expect(asEditor.body.figures[0].series[0].value).toBe(Y2020.value)
  })

  it('an organization keeps its figures over time too', async () => {
    const created = await api('/organizations', {
      method: 'POST',
      token: adminToken,
      body: {
        name: unique('Org'),
        kind: 'movement',
        region: 'quebec',
        keyFigures: [jobs(Y2017)],
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    const row = created.body.doc.keyFigures[0].id
    const saved = await api(`/organizations/${id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { keyFigures: [jobs(Y2024, row)], _status: 'published' },
    })
    expect(saved.status).toBe(200)
    const answer = (await read(`/organizations/${id}/figures/history`)).body
    expect(
      answer.figures[0].series.map(({ recordedAt: _r, ...p }: { recordedAt: string }) => p),
    ).toEqual([point(Y2017), point(Y2024)])
  })

  it('the seeded figures have no invented history: each is its published value alone', async () => {
    const seeded = (await api('/clusters?where[slug][equals]=aerospace&depth=0')).body.docs[0]
    const answer = (await read(`/clusters/${seeded.id}/figures/history`)).body
    expect(answer.figures.length).toBe(seeded.keyFigures.length)
    answer.figures.forEach(
      (figure: { series: Array<{ value: number; year: number }> }, i: number) => {
        expect(figure.series).toHaveLength(1)
        expect(figure.series[0].value).toBe(seeded.keyFigures[i].value ?? null)
        expect(figure.series[0].year).toBe(seeded.keyFigures[i].year ?? null)
      },
    )
  })
})

describe('only the server writes the history', () => {
  const forged = (row: string) => ({
    [row]: [{ value: 1, unit: 'jobs', year: 1999, source: { en: 'forged' }, recordedAt: null }],
  })

  it('a secretariat’s draft, communications’ publish and an admin’s write carrying a history are saved, the history ignored', async () => {
    const { id, row } = await publishedCluster(Y2017)
    for (const [token, query] of [
      [secretariatToken, '?draft=true'],
      [editorToken, ''],
      [adminToken, ''],
    ] as const) {
      const saved = await api(`/clusters/${id}${query}`, {
        method: 'PATCH',
        token,
        body: { figureHistory: forged(row), ...(query ? {} : { _status: 'published' }) },
      })
      expect(saved.status).toBe(200)
      expect(saved.body.doc).not.toHaveProperty('figureHistory')
    }
    expect(await seriesOf(id)).toEqual([point(Y2017)])
    // Erasing it does not work either.
    const erased = await api(`/clusters/${id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { figureHistory: null, keyFigures: [jobs(Y2020, row)], _status: 'published' },
    })
    expect(erased.status).toBe(200)
    expect(await seriesOf(id)).toEqual([point(Y2017), point(Y2020)])
  })

  it('a history given at creation or through GraphQL is ignored', async () => {
    const slug = unique('forged')
    const created = await api('/clusters', {
      method: 'POST',
      token: editorToken,
      body: {
        name: `Cluster ${slug}`,
        slug,
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: organization,
        summary: 'A cluster created with a forged history.',
        keyFigures: [jobs(Y2020)],
        figureHistory: { anything: [{ value: 1 }] },
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await seriesOf(id)).toEqual([point(Y2020)])

    const graphql = await fetch(`${site.base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({
        query: `mutation ($id: Int!, $history: JSON) { updateCluster(id: $id, data: { figureHistory: $history }) { id figureHistory } }`,
        variables: { id, history: forged(created.body.doc.keyFigures[0].id) },
      }),
    })
    const answer = await graphql.json()
    expect(graphql.status).toBe(200)
    expect(answer).toEqual({ data: { updateCluster: { id, figureHistory: null } } })
    expect(await seriesOf(id)).toEqual([point(Y2020)])
  })

  it('reads of clusters do not carry the history: lists and documents are as before', async () => {
    const { id } = await publishedCluster(Y2017)
    await publishFigure(id, (await api(`/clusters/${id}`)).body.keyFigures[0].id, Y2020)
    const one = await api(`/clusters/${id}`)
    expect(one.status).toBe(200)
    expect(one.body).not.toHaveProperty('figureHistory')
    const list = await api(`/clusters?where[id][equals]=${id}`)
    expect(list.body.docs[0]).not.toHaveProperty('figureHistory')
    const asAdmin = await api(`/clusters/${id}`, { token: adminToken })
    expect(asAdmin.body).not.toHaveProperty('figureHistory')
    // It is kept all the same, and read through its own endpoint.
    expect(await seriesOf(id)).toEqual([point(Y2017), point(Y2020)])
  })
})

describe('GET /api/clusters/:id/figures/history refusals', () => {
  it('a draft-only cluster is a 404 for everyone, in the reader’s language', async () => {
    const slug = unique('draft-only')
    const created = await api('/clusters?draft=true', {
      method: 'POST',
      token: editorToken,
      body: {
        name: `Cluster ${slug}`,
        slug,
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: organization,
        summary: 'Never published.',
        keyFigures: [jobs(Y2017)],
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await read(`/clusters/${id}/figures/history`)).toEqual({
      status: 404,
      body: { errors: [{ message: `No published clusters document has the id ${id}.` }] },
    })
    expect(await read(`/clusters/${id}/figures/history?locale=fr`)).toEqual({
      status: 404,
      body: {
        errors: [{ message: `Aucun document publié de clusters n’a l’identifiant ${id}.` }],
      },
    })
    const asEditor = await api(`/clusters/${id}/figures/history`, { token: editorToken })
    expect(asEditor.status).toBe(404)
  })

  it('an unknown cluster is a 404', async () => {
    expect(await read('/clusters/987654/figures/history', { 'accept-language': 'fr' })).toEqual({
      status: 404,
      body: {
        errors: [{ message: 'Aucun document publié de clusters n’a l’identifiant 987654.' }],
      },
    })
  })

  it('an id that is no id is a 400 naming it, in English and French, over HTTP and in-process', async () => {
    const english = 'Invalid path parameter id: "abc" is not a document id (a whole number)'
    const french =
      'Paramètre de chemin invalide id : « abc » n’est pas un identifiant de document (un nombre entier)'
    expect(await read('/clusters/abc/figures/history')).toEqual({
      status: 400,
      body: { errors: [{ message: english }] },
    })
    expect(await read('/clusters/abc/figures/history', { 'accept-language': 'fr-CA' })).toEqual({
      status: 400,
      body: { errors: [{ message: french }] },
    })
    // The endpoint's own answer, without the host in front (Next's route handlers, in-process).
    const client = new ApiClient(ctx.config)
    const inProcess = await client.get('/clusters/abc/figures/history')
    expect({ status: inProcess.status, body: inProcess.body }).toEqual({
      status: 400,
      body: { errors: [{ message: english }] },
    })
    const inFrench = await client.get('/clusters/abc/figures/history', { locale: 'fr' })
    expect({ status: inFrench.status, body: inFrench.body }).toEqual({
      status: 400,
      body: { errors: [{ message: french }] },
    })
  })
})
