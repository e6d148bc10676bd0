import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { dumpContent } from '../helpers/contentDump'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * CSV and JSON export and import (src/plugins/bulkImport) on the production server over HTTP, on
 * the seeded content (SQLite unless TEST_DATABASE_URL).
 */

const SECRETARIAT_PASSWORD = 'a-secretariat-password-for-tests'
const CLUSTER_COUNT = 15

let site: RunningSite
let adminToken: string
let secretariatToken: string

type FileAnswer = { status: number; type: string | null; text: string }

async function exportFile(path: string, token?: string): Promise<FileAnswer> {
  const response = await fetch(`${site.base}/api${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  }
}

async function importFile(
  path: string,
  body: string,
  {
    token,
    type = 'text/csv',
    language = 'en',
  }: { token?: string; type?: string; language?: string },
) {
  const response = await fetch(`${site.base}/api${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': type,
      'Accept-Language': language,
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body,
  })
  return { status: response.status, body: await response.json() }
}

const login = async (email: string, password: string) =>
  (await apiAnswer(site, '/users/login', { method: 'POST', body: { email, password } })).body
    .token as string

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = await login(ADMIN.email, ADMIN.password)
  const organization = await apiAnswer(site, '/organizations?where[slug][equals]=aero-montreal', {
    token: adminToken,
  })
  const email = 'import-secretariat@test.grappes.local'
  const created = await apiAnswer(site, '/users', {
    method: 'POST',
    token: adminToken,
    body: {
      name: 'Import Secretariat',
      email,
      password: SECRETARIAT_PASSWORD,
      role: 'secretariat',
      organization: organization.body.docs[0].id,
    },
  })
  expect(created.status).toBe(201)
  secretariatToken = await login(email, SECRETARIAT_PASSWORD)
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('export and import of clusters, companies and quotes', () => {
  it('every cluster exported as CSV and JSON, in English and French, imports back with no change', async () => {
    const before = await dumpContent(site.database)
    for (const locale of ['en', 'fr'])
      for (const format of ['csv', 'json']) {
        const file = await exportFile(
          `/clusters/export?format=${format}&locale=${locale}`,
          adminToken,
        )
        expect(file.status).toBe(200)
        expect(file.type).toBe(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json')
        const answer = await importFile(
          `/clusters/import?format=${format}&locale=${locale}`,
          file.text,
          {
            token: adminToken,
          },
        )
        expect(answer).toEqual({
          status: 200,
          body: {
            rows: CLUSTER_COUNT,
            created: 0,
            updated: 0,
            unchanged: CLUSTER_COUNT,
            dryRun: false,
          },
        })
      }
    for (const collection of ['companies', 'quotes']) {
      const file = await exportFile(`/${collection}/export?locale=fr`, adminToken)
      const answer = await importFile(`/${collection}/import?locale=fr`, file.text, {
        token: adminToken,
      })
      expect(answer.status).toBe(200)
      expect(answer.body.unchanged).toBe(answer.body.rows)
    }
    expect(await dumpContent(site.database)).toEqual(before)
  })

  it('a CSV with three bad rows imports nothing and names each row, in English and in French', async () => {
    const csv = [
      'slug,name,kind,region,secretariat,summary',
      'aerospace,Aerospace (renamed),cluster,greater_montreal,aero-montreal,A summary',
      'aluminium,Aluminium,cluster,greater_montreal,no-such-organization,A summary',
      'fashion,,cluster,greater_montreal,mmode,A summary',
      'finance,Finance,planet,greater_montreal,finance-montreal,A summary',
      'a-new-cluster,A new cluster,cluster,sherbrooke,aero-montreal,A summary',
    ].join('\n')
    const before = await dumpContent(site.database)
    const english = await importFile('/clusters/import', csv, { token: adminToken })
    expect(english).toEqual({
      status: 400,
      body: {
        errors: [
          {
            line: 3,
            field: 'secretariat',
            message: 'No organizations document has the slug "no-such-organization".',
          },
          { line: 4, field: 'name', message: 'Required: this cell is empty.' },
          { line: 5, field: 'kind', message: '"planet" is not one of cluster, key_sector.' },
        ],
      },
    })
    const french = await importFile('/clusters/import', csv, { token: adminToken, language: 'fr' })
    expect(french).toEqual({
      status: 400,
      body: {
        errors: [
          {
            line: 3,
            field: 'secretariat',
            message:
              'Aucun document de organizations n’a l’identifiant d’URL « no-such-organization ».',
          },
          { line: 4, field: 'name', message: 'Obligatoire : cette cellule est vide.' },
          {
            line: 5,
            field: 'kind',
            message: '« planet » n’est pas l’une des valeurs cluster, key_sector.',
          },
        ],
      },
    })
    expect(await dumpContent(site.database)).toEqual(before)
  })

  it('a JSON row with a number where text belongs is refused by the line it starts on', async () => {
    const json = '[\n{"slug":"aerospace","name":"Aerospace"},\n{"slug":"fashion",\n "name":42}\n]'
    const answer = await importFile('/clusters/import', json, {
      token: adminToken,
      type: 'application/json',
    })
    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ line: 3, field: 'name', message: 'Expected text.' }] },
    })
  })

  it('a company file sent as a multipart upload creates and updates by slug', async () => {
    const form = new FormData()
    const csv =
      'slug,name,clusters\nimported-company,Imported Company,aerospace; ict\nalcoa,Alcoa,aluminium\n'
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'companies.csv')
    const response = await fetch(`${site.base}/api/companies/import`, {
      method: 'POST',
      headers: { Authorization: `JWT ${adminToken}` },
      body: form,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      rows: 2,
      created: 1,
      updated: 0,
      unchanged: 1,
      dryRun: false,
    })
    const stored = await apiAnswer(
      site,
      '/companies?where[slug][equals]=imported-company&draft=true&depth=1',
      { token: adminToken },
    )
    expect(
      stored.body.docs.map((doc: { clusters: { slug: string }[] }) =>
        doc.clusters.map((c) => c.slug),
      ),
    ).toEqual([['aerospace', 'ict']])
  })

  it('a dry run checks the rows and stores nothing', async () => {
    const before = await dumpContent(site.database)
    const answer = await importFile(
      '/companies/import?dryRun=true',
      'slug,name\ndry-run-company,Dry Run Company\n',
      { token: adminToken },
    )
    expect(answer).toEqual({
      status: 200,
      body: { rows: 1, created: 1, updated: 0, unchanged: 0, dryRun: true },
    })
    expect(await dumpContent(site.database)).toEqual(before)
  })

  it('a text cell that a spreadsheet would run as a formula is exported with a leading quote, and numbers stay numbers', async () => {
    const cells =
      'slug,name,website,description\n' +
      'formula-company,"=HYPERLINK(""https://evil.example"")",,+1\n' +
      'minus-company,-1,,@x\n'
    expect((await importFile('/companies/import', cells, { token: adminToken })).status).toBe(200)
    const csv = await exportFile('/companies/export', adminToken)
    expect(csv.text).toContain(`formula-company,"'=HYPERLINK(""https://evil.example"")",,'+1,`)
    expect(csv.text).toContain(`minus-company,'-1,,'@x,`)
    const json = await exportFile('/companies/export?format=json', adminToken)
    expect(json.text).toContain(
      '{"slug":"minus-company","name":"-1","website":null,"description":"@x","clusters":[]}',
    )
    // Read back from the neutralized CSV, the texts are what was stored: nothing changes.
    const again = await importFile('/companies/import', csv.text, { token: adminToken })
    expect(again.body.updated).toBe(0)

    const cluster = await apiAnswer(
      site,
      '/clusters?where[slug][equals]=aerospace&draft=true&depth=0',
      {
        token: adminToken,
      },
    )
    const [first, ...rest] = cluster.body.docs[0].keyFigures
    const patched = await apiAnswer(site, `/clusters/${cluster.body.docs[0].id}?draft=true`, {
      method: 'PATCH',
      token: adminToken,
      body: { keyFigures: [{ ...first, label: '@label', value: -5 }, ...rest] },
    })
    expect(patched.status).toBe(200)
    const figures = await exportFile('/clusters/export?table=key-figures', adminToken)
    expect(figures.text.split('\n')[0]).toBe(
      'cluster,position,label,value,unit,display,source,year',
    )
    expect(figures.text).toContain(`\naerospace,1,'@label,-5,workers,`)
  })

  it('a secretariat exports only its own clusters and imports its rows as drafts for review', async () => {
    const own = await apiAnswer(
      site,
      '/clusters?where[secretariat.slug][equals]=aero-montreal&draft=true&depth=0&sort=slug',
      {
        token: adminToken,
      },
    )
    const exported = await exportFile('/clusters/export?format=json', secretariatToken)
    expect(exported.status).toBe(200)
    expect(JSON.parse(exported.text).map((row: { slug: string }) => row.slug)).toEqual(
      own.body.docs.map((doc: { slug: string }) => doc.slug),
    )

    const other = await importFile(
      '/clusters/import',
      'slug,summary\naerospace,A summary from the secretariat\naluminium,Not theirs\n',
      { token: secretariatToken },
    )
    expect(other).toEqual({
      status: 400,
      body: {
        errors: [
          {
            line: 3,
            field: 'slug',
            message: 'This document belongs to another organization: you import only your own.',
          },
        ],
      },
    })

    const publicBefore = await apiAnswer(site, '/clusters?where[slug][equals]=aerospace')
    const accepted = await importFile(
      '/clusters/import',
      'slug,summary\naerospace,A summary from the secretariat\n',
      { token: secretariatToken },
    )
    expect(accepted).toEqual({
      status: 200,
      body: { rows: 1, created: 0, updated: 1, unchanged: 0, dryRun: false },
    })
    const publicAfter = await apiAnswer(site, '/clusters?where[slug][equals]=aerospace')
    expect(publicAfter.body.docs[0].summary).toBe(publicBefore.body.docs[0].summary)
    const draft = await apiAnswer(site, '/clusters?where[slug][equals]=aerospace&draft=true', {
      token: adminToken,
    })
    expect(draft.body.docs[0]).toMatchObject({
      summary: 'A summary from the secretariat',
      _status: 'draft',
    })

    const published = await importFile(
      '/clusters/import?publish=true',
      'slug,summary\naerospace,Published by a secretariat\n',
      { token: secretariatToken },
    )
    expect(published.status).toBe(400)
    expect(published.body.errors.map((error: { line: number }) => error.line)).toEqual([2])
  })

  it('anonymous export and import are refused with 401, and a bad parameter with a 400 naming it', async () => {
    expect((await exportFile('/clusters/export')).status).toBe(401)
    expect((await importFile('/clusters/import', 'slug,name\nx,X\n', {})).status).toBe(401)
    expect(await apiAnswer(site, '/clusters/export?format=xlsx', { token: adminToken })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Invalid query parameter format: must be csv or json.' }] },
    })
    expect(await apiAnswer(site, '/quotes/export?locale=all', { token: adminToken })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Invalid query parameter locale: must be en or fr.' }] },
    })
  })
})
