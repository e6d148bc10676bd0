import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

import {
  ADMIN,
  apiJson,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * `examples/frontEndReads.ts`, the typed client's example that the README documents, run as a
 * front-end developer runs it (`npx tsx …`) against the production server on the seeded content.
 */

type ExampleRun = { code: number | null; stdout: string; stderr: string }

const runExample = (...args: string[]) =>
  new Promise<ExampleRun>((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'examples/frontEndReads.ts', ...args], {
      cwd: process.cwd(),
      // Jest's NODE_OPTIONS (VM modules) are not the example's; no GRAPPES_URL from the shell.
      env: { ...process.env, NODE_OPTIONS: '', GRAPPES_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

/** A port nobody listens on: the system hands it out, and it is closed again at once. */
const closedPort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

// What the seed loads from the three source pages (src/seed/data), as the example prints it.
const SEEDED_DIRECTORY_AND_AEROSPACE = [
  'Cluster directory: 15 clusters',
  '  Aérospatiale · aerospace · greater_montreal',
  '  Aluminium · aluminium · greater_montreal',
  '  Audiovisuel · audiovisual · greater_montreal',
  '  Fabrication avancée · sherbrooke-advanced-manufacturing · sherbrooke',
  '  Finance · finance · greater_montreal',
  '  Intelligence artificielle · artificial-intelligence · greater_montreal',
  '  Logistique et transport · logistics-transportation · greater_montreal',
  '  Micro-nanotechnologies · sherbrooke-micro-nanotechnologies · sherbrooke',
  '  Mode · fashion · greater_montreal',
  '  Sciences de la vie · sherbrooke-life-sciences · sherbrooke',
  '  Sciences de la vie et technologies de la santé · life-sciences · greater_montreal',
  "  Technologies de l'information et des communications · sherbrooke-ict · sherbrooke",
  '  Technologies de l’information et des communications · ict · greater_montreal',
  '  Technologies propres · cleantech · greater_montreal',
  '  Technologies propres · sherbrooke-cleantech · sherbrooke',
  'Cluster aerospace: Aérospatiale',
  '  Leaders (3): Bell Helicopter Textron, Bombardier Aerospace, Pratt & Whitney',
  '  Quote: « L’aérospatiale fait partie de l’ADN de Montréal depuis les t… » — Suzanne M. Benoît, Présidente, Aéro Montréal',
]

const output = (site: RunningSite, lines: string[]) =>
  [`Grappes at ${site.base}, in French`, ...lines, ''].join('\n')

let site: RunningSite
let adminToken: string
const storiesMade: number[] = []

/** Publishes a story in English, then its French title when given, as the admin (REST). */
async function publishStory(story: {
  title: { en: string; fr?: string }
  slug: string
  companySlug: string
  edition: string
  publishedAt: string
}): Promise<void> {
  const companies = await apiJson(site, `/companies?where[slug][equals]=${story.companySlug}`)
  const { doc } = await apiJson(site, '/stories?locale=en', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({
      title: story.title.en,
      slug: story.slug,
      company: companies.docs[0].id,
      edition: story.edition,
      publishedAt: story.publishedAt,
      _status: 'published',
    }),
  })
  storiesMade.push(doc.id)
  if (story.title.fr)
    await apiJson(site, `/stories/${doc.id}?locale=fr`, {
      method: 'PATCH',
      token: adminToken,
      body: JSON.stringify({ title: story.title.fr, _status: 'published' }),
    })
}

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = (
    await apiJson(site, '/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
  ).token
}, 300_000)

afterAll(async () => {
  for (const id of storiesMade)
    await apiJson(site, `/stories/${id}`, { method: 'DELETE', token: adminToken })
  await site?.stop()
})

describe('the front-end example reads the API through the typed client', () => {
  test('on the seeded content: the French directory, aerospace with its leaders and quote, no stories yet', async () => {
    const run = await runExample(site.base)
    expect(run).toEqual({
      code: 0,
      stdout: output(site, [...SEEDED_DIRECTORY_AND_AEROSPACE, 'Stories: 0']),
      stderr: '',
    })
  })

  test('published stories are listed newest first, in French, English where French is missing', async () => {
    await publishStory({
      title: {
        en: 'Building aircraft engines in Longueuil',
        fr: 'Construire des moteurs d’avion à Longueuil',
      },
      slug: 'pratt-whitney-longueuil',
      companySlug: 'pratt-whitney',
      edition: '2017-2018',
      publishedAt: '2018-03-14T12:00:00.000Z',
    })
    await publishStory({
      title: { en: 'Visual effects from Montréal to Hollywood' },
      slug: 'rodeo-fx-visual-effects',
      companySlug: 'rodeo-fx',
      edition: '2018-2019',
      publishedAt: '2018-11-20T12:00:00.000Z',
    })
    const run = await runExample(site.base, 'aerospace')
    expect(run).toEqual({
      code: 0,
      stdout: output(site, [
        ...SEEDED_DIRECTORY_AND_AEROSPACE,
        'Stories: 2',
        '  2018-11-20 · Visual effects from Montréal to Hollywood · Rodeo FX · 2018-2019',
        '  2018-03-14 · Construire des moteurs d’avion à Longueuil · Pratt & Whitney · 2017-2018',
      ]),
      stderr: '',
    })
  })

  test('another cluster by its slug: its own leaders and quote', async () => {
    const run = await runExample(site.base, 'audiovisual')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      [
        'Cluster audiovisual: Audiovisuel',
        '  Leaders (6): Digital Dimension, Framestore, Hybride, Modus FX, Mokko Studio, Rodeo FX',
        '  Quote: « En plus d’une incroyable variété de décors naturels et const… » — Hans Fraikin, Directeur général d’ActionMTL et commissaire du Bureau du cinéma et de la télévision du Québec',
      ].join('\n'),
    )
  })

  test('a server that cannot be reached: exit 1 and one line naming its address', async () => {
    const base = `http://127.0.0.1:${await closedPort()}`
    const run = await runExample(base)
    expect(run).toEqual({
      code: 1,
      stdout: `Grappes at ${base}, in French\n`,
      stderr: `cannot reach Grappes at ${base}: ECONNREFUSED\n`,
    })
  })

  test('a read that finds nothing: exit 1 naming the missing cluster', async () => {
    const run = await runExample(site.base, 'no-such-cluster')
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('read failed: no published cluster has the slug "no-such-cluster"\n')
  })

  test('a read the server refuses: exit 1 with its status and the request', async () => {
    const run = await runExample(`${site.base}/not-grappes`)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `Grappes answered 404 to ${site.base}/not-grappes/api/clusters?depth=1&limit=100&locale=fr` +
        '&select[name]=true&select[slug]=true&select[region]=true&select[kind]=true' +
        '&select[summary]=true&select[logo]=true&populate[media][url]=true&populate[media][alt]=true' +
        ': Not Found\n',
    )
  })

  test('no address: exit 2 saying how to give one', async () => {
    const run = await runExample()
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Give the Grappes server address, e.g. npx tsx examples/frontEndReads.ts http://localhost:3000 (or set GRAPPES_URL)\n',
    })
  })
})

test("the README's typed-client code is the example's code", () => {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Reading the API from a separate front end'))
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
  expect(snippet).toContain('new PayloadSDK<Config>')
  expect(fs.readFileSync('examples/frontEndReads.ts', 'utf8')).toContain(snippet)
})
