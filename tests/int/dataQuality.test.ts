import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { harbourPng } from '../helpers/mediaFiles'
import { connectPayload, type TestContext } from '../helpers/payload'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const NBSP = '\u00A0'
const NNBSP = '\u202F'
const YEAR = new Date().getFullYear()
const RULES = [
  'stale-figure',
  'figure-without-source',
  'figure-without-year',
  'display-mismatch',
  'missing-french',
  'image-without-alt',
  'cluster-without-quote',
  'cluster-without-leaders',
  'broken-link',
]

let site: RunningSite
let ctx: TestContext
let links: { base: string; close: () => Promise<void> }
let editor: ApiClient
let editorToken: string
let secretariatA: ApiClient
let secretariatB: ApiClient
let frontEnd: ApiClient
let anonymous: ApiClient
let orgA: number
let orgB: number
let clusterA: number
let clusterB: number

type Issue = {
  rule: string
  collection: string
  documentId: number | null
  documentTitle: string
  locale: string | null
  fieldPath: string
  organizations: { id: number; name: string }[]
  clusters: { id: number; name: string }[]
  message: { en: string; fr: string }
  detectedValue: unknown
  adminUrl: string
}

/** A site the links point at: 200 on /ok, 404 anywhere else. */
function startLinkSite(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => res.writeHead(req.url === '/ok' ? 200 : 404).end())
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        base: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    }),
  )
}

async function image(alt: { en: string; fr?: string }, organization: number): Promise<number> {
  const png = await harbourPng()
  const doc = await ctx.payload.create({
    collection: 'media',
    data: { alt: alt.en, organization },
    file: { data: png, mimetype: 'image/png', name: 'figure.png', size: png.length },
    overrideAccess: true, // fixtures are set up as the system
  })
  if (alt.fr)
    await ctx.payload.update({
      collection: 'media',
      id: doc.id,
      locale: 'fr',
      data: { alt: alt.fr },
      overrideAccess: true, // fixtures are set up as the system
    })
  return doc.id
}

type Figure = {
  value: number
  unit: string
  en: string
  fr: string
  source?: boolean
  year?: number
}

/** A cluster written in English, then its French (all of it, or all but the summary). */
async function cluster(options: {
  organization: number
  figures: Figure[]
  frenchSummary: boolean
  media: number
  links: string[]
  status: 'draft' | 'published'
}): Promise<number> {
  const name = `Quality ${Math.random().toString(36).slice(2, 8)}`
  const created = await ctx.payload.create({
    collection: 'clusters',
    locale: 'en',
    draft: options.status === 'draft',
    data: {
      name,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: options.organization,
      summary: 'A cluster of the quality tests.',
      heroImage: options.media,
      keyFigures: options.figures.map((figure) => ({
        label: `Figure ${figure.value}`,
        value: figure.value,
        unit: figure.unit as 'jobs',
        display: figure.en,
        source: figure.source === false ? undefined : 'Statistics Canada',
        year: figure.year,
      })),
      links: options.links.map((url, index) => ({ label: `Link ${index}`, url })),
      _status: options.status,
    },
    overrideAccess: true, // fixtures are set up as the system
  })
  await ctx.payload.update({
    collection: 'clusters',
    id: created.id,
    locale: 'fr',
    draft: options.status === 'draft',
    data: {
      name: `${name} (fr)`,
      ...(options.frenchSummary ? { summary: 'Une grappe des tests de qualité.' } : {}),
      keyFigures: (created.keyFigures ?? []).map((row, index) => ({
        id: row.id,
        label: `Chiffre ${options.figures[index].value}`,
        display: options.figures[index].fr,
        source: options.figures[index].source === false ? undefined : 'Statistique Canada',
      })),
      links: (created.links ?? []).map((row, index) => ({ id: row.id, label: `Lien ${index}` })),
      _status: options.status,
    },
    overrideAccess: true, // fixtures are set up as the system
  })
  return created.id
}

const issuesOf = async (client: ApiClient, query: Record<string, string> = {}) => {
  const response = await client.get('/data-quality/issues', query)
  expect(response.status).toBe(200)
  return response.body as {
    total: number
    countsByRule: Record<string, number>
    clusters: { id: number; name: string; issues: number; score: number }[]
    issues: Issue[]
  }
}

const summary = (issues: Issue[], id: number) =>
  issues
    .filter((issue) => issue.documentId === id && issue.collection === 'clusters')
    .map((issue) => `${issue.rule} ${issue.fieldPath} ${issue.locale ?? '-'}`)
    .sort()

beforeAll(async () => {
  links = await startLinkSite()
  site = await startProductionServer({
    LINK_CHECK_CRON: '* * * * * *',
    LINK_CHECK_TIMEOUT_MS: '1000',
    LINK_CHECK_DELAY_MS: '50',
  })
  ctx = await connectPayload(site.database, site.mediaDir)
  orgA = await fixtureOrganization(ctx.payload)
  orgB = await fixtureOrganization(ctx.payload)
  const http = new ApiClient(ctx.config, site.base)
  const editorEmail = await createUser(ctx.payload, 'communications')
  editor = await http.login(editorEmail, TEST_PASSWORD)
  const login = await fetch(`${site.base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: editorEmail, password: TEST_PASSWORD }),
  })
  editorToken = (await login.json()).token
  secretariatA = await new ApiClient(ctx.config, site.base).login(
    await createUser(ctx.payload, 'secretariat', orgA),
    TEST_PASSWORD,
  )
  secretariatB = await new ApiClient(ctx.config, site.base).login(
    await createUser(ctx.payload, 'secretariat', orgB),
    TEST_PASSWORD,
  )
  anonymous = http.anonymous()
  const key = `quality-front-end-${Math.random().toString(36).slice(2, 12)}`
  await ctx.payload.create({
    collection: 'api-clients',
    data: { name: 'Quality front end', enableAPIKey: true, apiKey: key },
    overrideAccess: true, // fixtures are set up as the system
  })
  frontEnd = http.withApiKey(key)

  // Cluster A breaks every rule once (a draft: drafts are checked too).
  clusterA = await cluster({
    organization: orgA,
    status: 'draft',
    frenchSummary: false,
    media: await image({ en: 'A harbour' }, orgA),
    links: [`${links.base}/ok`, `${links.base}/gone`],
    figures: [
      {
        value: 39130,
        unit: 'workers',
        en: '39,130 workers',
        fr: `39${NBSP}130 travailleurs`,
        year: YEAR,
      },
      { value: 205, unit: 'companies', en: '205 companies', fr: '205 entreprises', year: 2010 },
      { value: 10, unit: 'count', en: '10 clusters', fr: '10 grappes', source: false },
      { value: 15.5e9, unit: 'cad', en: '$15.5B', fr: '15,5 M$', year: YEAR },
      { value: 42, unit: 'percent', en: '24%', fr: '42 %', year: YEAR },
    ],
  })
  // Cluster B breaks none, in both languages and number formats.
  clusterB = await cluster({
    organization: orgB,
    status: 'published',
    frenchSummary: true,
    media: await image({ en: 'A harbour', fr: 'Un port' }, orgB),
    links: [`${links.base}/ok`],
    figures: [
      {
        value: 15.5e9,
        unit: 'cad',
        en: 'Sales of $15.5 billion',
        fr: '15,5 milliards $',
        year: YEAR,
      },
      { value: 15.5e9, unit: 'cad', en: '$15.5B', fr: `15,5${NBSP}G$`, year: YEAR },
      { value: 42, unit: 'percent', en: '42%', fr: `42${NBSP}%`, year: YEAR },
      {
        value: 39130,
        unit: 'workers',
        en: 'Over 39,130 workers',
        fr: `Plus de 39${NNBSP}130 travailleurs`,
        year: YEAR,
      },
      {
        value: 5.2,
        unit: 'percent',
        en: 'Growth of 5.2% a year',
        fr: 'Croissance de 5,2 % par an',
        year: YEAR,
      },
    ],
  })
  const quote = await ctx.payload.create({
    collection: 'quotes',
    data: {
      text: 'We lead.',
      speakerName: 'A leader',
      organization: orgB,
      cluster: clusterB,
      _status: 'published',
    },
    overrideAccess: true, // fixtures are set up as the system
  })
  await ctx.payload.update({
    collection: 'quotes',
    id: quote.id,
    locale: 'fr',
    data: { text: 'Nous menons.' },
    overrideAccess: true, // fixtures are set up as the system
  })
  await ctx.payload.create({
    collection: 'companies',
    data: { name: `Leader ${clusterB}`, clusters: [clusterB], _status: 'published' },
    overrideAccess: true, // fixtures are set up as the system
  })
}, 600_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
  await links?.close()
})

describe('who reads the issues', () => {
  it('anonymous: 401', async () => {
    expect((await anonymous.get('/data-quality/issues')).status).toBe(401)
    expect((await anonymous.get(`/data-quality/issues/clusters/${clusterA}`)).status).toBe(401)
  })

  it('an API client (a front end): 403', async () => {
    expect((await frontEnd.get('/data-quality/issues')).status).toBe(403)
    expect((await frontEnd.get(`/data-quality/issues/clusters/${clusterA}`)).status).toBe(403)
  })

  it('communications sees every organization’s issues', async () => {
    const body = await issuesOf(editor)
    const owners = new Set(body.issues.flatMap((issue) => issue.organizations.map((o) => o.id)))
    expect(owners.has(orgA)).toBe(true)
    expect(body.issues.some((issue) => issue.documentId === clusterA)).toBe(true)
    expect(body.clusters.map((c) => c.id)).toEqual(expect.arrayContaining([clusterA, clusterB]))
  })

  it('a secretariat sees only the issues of documents its organization owns', async () => {
    const a = await issuesOf(secretariatA)
    expect(a.issues.length).toBeGreaterThan(0)
    for (const issue of a.issues) {
      expect(['clusters', 'quotes', 'companies']).toContain(issue.collection)
      expect(issue.organizations.map((o) => o.id)).toContain(orgA)
    }
    expect(a.clusters.map((c) => c.id)).toEqual([clusterA])
    const b = await issuesOf(secretariatB)
    expect(b.issues.some((issue) => issue.documentId === clusterA)).toBe(false)
    expect(b.clusters.map((c) => c.id)).toEqual([clusterB])
    // Naming another organization narrows nothing open: it answers nothing.
    expect((await issuesOf(secretariatA, { organization: String(orgB) })).issues).toEqual([])
  })

  it('a secretariat reading another organization’s document issues: 404', async () => {
    expect((await secretariatB.get(`/data-quality/issues/clusters/${clusterA}`)).status).toBe(404)
    expect((await secretariatA.get(`/data-quality/issues/clusters/${clusterA}`)).status).toBe(200)
  })
})

describe('each rule, broken and kept', () => {
  it('cluster A breaks each rule where expected, cluster B none', async () => {
    const body = await issuesOf(editor, { collection: 'clusters' })
    expect(summary(body.issues, clusterA)).toEqual(
      [
        'cluster-without-leaders leaders -',
        'cluster-without-quote quotes -',
        'display-mismatch keyFigures.3.display fr',
        'display-mismatch keyFigures.4.display en',
        'figure-without-source keyFigures.2.source -',
        'figure-without-year keyFigures.2.year -',
        'image-without-alt heroImage fr',
        'missing-french summary fr',
        'stale-figure keyFigures.1.year -',
      ].sort(),
    )
    expect(summary(body.issues, clusterB)).toEqual([])
  })

  it('one document’s issues, with messages in both languages and a link to the field', async () => {
    const response = await editor.get(`/data-quality/issues/clusters/${clusterA}`)
    expect(response.status).toBe(200)
    const stale = (response.body.issues as Issue[]).find((i) => i.rule === 'stale-figure')!
    expect(stale).toMatchObject({
      collection: 'clusters',
      documentId: clusterA,
      fieldPath: 'keyFigures.1.year',
      detectedValue: 2010,
      organizations: [{ id: orgA }],
      clusters: [{ id: clusterA }],
      message: {
        en: 'This figure dates from 2010, more than 5 years ago.',
        fr: 'Ce chiffre date de 2010, il y a plus de 5 ans.',
      },
      adminUrl: `/admin/collections/clusters/${clusterA}#field-keyFigures__1__year`,
    })
    const mismatch = (response.body.issues as Issue[]).find(
      (i) => i.rule === 'display-mismatch' && i.locale === 'fr',
    )!
    expect(mismatch.detectedValue).toEqual({ display: '15,5 M$', value: 15.5e9, shown: [15.5e6] })
    expect(mismatch.message.fr).toBe(
      'Le texte affiché « 15,5 M$ » ne montre pas la valeur enregistrée 15500000000.',
    )
    const clean = await editor.get(`/data-quality/issues/clusters/${clusterB}`)
    expect(clean.body).toEqual({
      total: 0,
      countsByRule: Object.fromEntries(RULES.map((rule) => [rule, 0])),
      issues: [],
    })
  })

  it('filters by rule, locale and age; counts by rule; scores each cluster', async () => {
    const fr = await issuesOf(editor, {
      collection: 'clusters',
      locale: 'fr',
      organization: String(orgA),
    })
    expect(fr.issues.every((i) => i.locale === null || i.locale === 'fr')).toBe(true)
    expect(fr.countsByRule['display-mismatch']).toBe(1)
    const old = await issuesOf(editor, { olderThan: '10', organization: String(orgA) })
    expect(old.issues.map((i) => `${i.rule} ${i.fieldPath}`)).toEqual([
      'stale-figure keyFigures.1.year',
    ])
    expect((await issuesOf(editor, { olderThan: '20', organization: String(orgA) })).total).toBe(0)
    const byRule = await issuesOf(editor, { rule: 'missing-french', organization: String(orgA) })
    expect(byRule.issues.every((i) => i.rule === 'missing-french')).toBe(true)
    expect(Object.keys(byRule.countsByRule)).toEqual(RULES)
    const all = await issuesOf(editor, { organization: String(orgA) })
    // 100 - (10 + 10 + 2 × 5 + 3 + 3 + 2 + 2 + 1): quote, leaders, two mismatches, stale,
    // unsourced, undated, image without alt, summary without French.
    expect(all.clusters).toEqual([expect.objectContaining({ id: clusterA, issues: 9, score: 59 })])
    const clean = await issuesOf(editor, { organization: String(orgB) })
    expect(clean.clusters).toEqual([expect.objectContaining({ id: clusterB, score: 100 })])
  })
})

describe('bad parameters: 400 naming the parameter, in English and French', () => {
  it.each([
    ['rule=nope', 'rule', 'must be one of stale-figure, figure-without-source'],
    ['collection=users', 'collection', 'must be one of clusters, quotes'],
    ['organization=abc', 'organization', '"abc" is not a document id (a whole number)'],
    ['olderThan=-1', 'olderThan', 'must be a whole number from 0 to 200'],
    ['locale=de', 'locale', 'must be one of en, fr'],
  ])('%s', async (query, parameter, reason) => {
    const response = await fetch(`${site.base}/api/data-quality/issues?${query}`, {
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(response.status).toBe(400)
    const [error] = (await response.json()).errors
    expect(error.message).toContain(`Invalid query parameter ${parameter}: ${reason}`)
  })

  it('in French for a French reader', async () => {
    const response = await fetch(`${site.base}/api/data-quality/issues?rule=nope&locale=fr`, {
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(
      /^Paramètre de requête invalide rule : doit être l’une des valeurs stale-figure, /,
    )
  })

  it('path parameters of one document', async () => {
    const collection = await editor.get('/data-quality/issues/users/1')
    expect(collection.status).toBe(400)
    expect(collection.body.errors[0].message).toMatch(
      /^Invalid path parameter collection: must be one of clusters/,
    )
    const id = await editor.get('/data-quality/issues/clusters/abc')
    expect(id.status).toBe(400)
    expect(id.body.errors[0].message).toBe(
      'Invalid path parameter id: "abc" is not a document id (a whole number)',
    )
    expect((await editor.get('/data-quality/issues/clusters/999999')).status).toBe(404)
  })
})

describe('the scheduled link checker', () => {
  it('runs on its schedule, keeps each answer with its date, and a dead link becomes an issue', async () => {
    const started = Date.now()
    let checks: any[] = []
    for (let attempt = 0; attempt < 30 && checks.length < 2; attempt++) {
      const run = await editor.get('/payload-jobs/run', { allQueues: 'true' })
      expect(run.status).toBe(200)
      const found = await editor.get('/link-checks', {
        'where[url][like]': links.base,
        depth: '0',
        limit: '10',
      })
      checks = found.body.docs
      if (checks.length < 2) await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
    const byUrl = Object.fromEntries(checks.map((check) => [check.url, check]))
    expect(byUrl[`${links.base}/ok`]).toMatchObject({ ok: true, status: 200, error: null })
    expect(byUrl[`${links.base}/gone`]).toMatchObject({ ok: false, status: 404, error: 'HTTP 404' })
    expect(Date.parse(byUrl[`${links.base}/gone`].checkedAt)).toBeGreaterThanOrEqual(
      started - 1_000,
    )
    const broken = await issuesOf(editor, { rule: 'broken-link', organization: String(orgA) })
    expect(broken.issues.map((i) => `${i.documentId} ${i.fieldPath}`)).toEqual([
      `${clusterA} links.1.url`,
    ])
    expect(
      (await issuesOf(editor, { rule: 'broken-link', organization: String(orgB) })).total,
    ).toBe(0)
  })

  it('link checks are read by editors only, written by nobody', async () => {
    expect((await anonymous.get('/link-checks')).status).toBe(403)
    expect((await secretariatA.get('/link-checks')).status).toBe(403)
    expect((await frontEnd.get('/link-checks')).status).toBe(403)
    const write = await editor.post('/link-checks', {
      url: 'https://example.org',
      checkedAt: new Date().toISOString(),
    })
    expect(write.status).toBe(403)
  })
})

describe('the seeded source pages', () => {
  it('the desk finds stale, unsourced and mismatched figures in them', async () => {
    await issuesOf(editor)
    const started = performance.now()
    const body = await issuesOf(editor)
    console.log(
      `[data-quality] every issue of the seeded content in ${Math.round(performance.now() - started)} ms`,
    )
    const seeded = body.issues.filter(
      (issue) => ![orgA, orgB].some((org) => issue.organizations.some((o) => o.id === org)),
    )
    const counts = Object.fromEntries(RULES.map((rule) => [rule, 0]))
    for (const issue of seeded) counts[issue.rule]++
    // The closing note of issue 15 lists these (run with this test's output).
    console.log(`[data-quality] seeded source pages, issues by rule: ${JSON.stringify(counts)}`)
    console.log(
      `[data-quality] seeded clusters' scores: ${JSON.stringify(body.clusters.filter((c) => c.id !== clusterA && c.id !== clusterB).map((c) => `${c.name} ${c.score}`))}`,
    )
    const byCollection: Record<string, number> = {}
    for (const issue of seeded) {
      const key = `${issue.rule} ${issue.collection}`
      byCollection[key] = (byCollection[key] ?? 0) + 1
    }
    console.log(
      `[data-quality] seeded issues by rule and collection: ${JSON.stringify(byCollection)}`,
    )
    const errors: Record<string, number> = {}
    for (const issue of seeded.filter((i) => i.rule === 'broken-link')) {
      const error = String((issue.detectedValue as { error?: string }).error)
      errors[error] = (errors[error] ?? 0) + 1
    }
    console.log(`[data-quality] seeded broken links by error: ${JSON.stringify(errors)}`)
    const mismatches = seeded.filter((i) => i.rule === 'display-mismatch')
    console.log(
      `[data-quality] seeded display mismatches: ${JSON.stringify(mismatches.map((i) => [i.collection, i.documentTitle, i.fieldPath, i.locale, i.detectedValue]))}`,
    )
    expect(counts['stale-figure']).toBeGreaterThan(0)
    // The source pages' ecosystem figures live in a global: its issues link to the global's view.
    const global = seeded.filter((issue) => issue.collection === 'ecosystem-figures')
    expect(global.length).toBeGreaterThan(0)
    for (const issue of global) {
      expect(issue.documentId).toBeNull()
      expect(issue.adminUrl).toMatch(
        /^\/admin\/globals\/ecosystem-figures#field-groups__\d+__figures__\d+__/,
      )
    }
    expect((await issuesOf(editor, { collection: 'ecosystem-figures' })).total).toBe(global.length)
    expect((await issuesOf(secretariatA, { collection: 'ecosystem-figures' })).total).toBe(0)
  })
})
