/**
 * The three reads a front end does first, written as a front-end team would write them: Payload's
 * typed REST client (`@payloadcms/sdk`) with the types generated from Grappes' config
 * (`src/payload-types.ts`, which a front end copies), so a misspelt field or slug fails to compile.
 *
 *   npx tsx examples/frontEndReads.ts http://localhost:3000 [cluster-slug]
 *   GRAPPES_URL=http://localhost:3000 npx tsx examples/frontEndReads.ts
 *
 * A server that cannot be reached or a read that fails ends it with one line on stderr and exit
 * code 1 (2 for a missing or malformed address), so a script or CI that runs it knows.
 */
import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

import type { Config } from '../src/payload-types'

type Grappes = PayloadSDK<Config>

// A server that accepts the connection and never answers would otherwise hang the script.
const ANSWER_WITHIN_MS = 30_000

const grappesClient = (serverURL: string): Grappes =>
  new PayloadSDK<Config>({
    baseURL: `${serverURL}/api`,
    baseInit: { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) },
  })

/** The cluster directory in French, with only what a directory card shows. */
const clusterDirectory = (grappes: Grappes) =>
  grappes.find({
    collection: 'clusters',
    locale: 'fr',
    select: { name: true, slug: true, region: true, kind: true, summary: true, logo: true },
    populate: { media: { url: true, alt: true } },
    depth: 1,
    limit: 100,
  })

/** One cluster by its slug, with its leader companies and its quote (join fields). */
const clusterWithLeadersAndQuote = async (grappes: Grappes, slug: string) => {
  const { docs } = await grappes.find({
    collection: 'clusters',
    locale: 'fr',
    where: { slug: { equals: slug } },
    select: { name: true, slug: true, leadersIntro: true, leaders: true, quotes: true },
    joins: { leaders: { limit: 50 }, quotes: { limit: 1 } },
    populate: {
      companies: { name: true, slug: true, website: true },
      quotes: { text: true, speakerName: true, speakerTitle: true },
    },
    depth: 1,
    limit: 1,
  })
  return docs[0]
}

/** The StarTech stories, newest first (the collection's default order). */
const stories = (grappes: Grappes) =>
  grappes.find({
    collection: 'stories',
    locale: 'fr',
    select: { title: true, slug: true, edition: true, publishedAt: true, company: true },
    populate: { companies: { name: true } },
    depth: 1,
    limit: 12,
  })

/** At depth 1 a relation is a document; the type also allows a bare id (depth 0). */
const isPopulated = <T extends object>(value: number | T | null | undefined): value is T =>
  typeof value === 'object' && value !== null

const shorten = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`

// Sorted here, in French: the database's order depends on its collation (SQLite compares bytes,
// which puts « Aérospatiale » after « Audiovisuel »).
const frenchOrder = new Intl.Collator('fr-CA')

async function printFrontEndReads(serverURL: string, clusterSlug: string): Promise<void> {
  const grappes = grappesClient(serverURL)
  console.log(`Grappes at ${serverURL}, in French`)

  const directory = await clusterDirectory(grappes)
  console.log(`Cluster directory: ${directory.totalDocs} clusters`)
  const cards = [...directory.docs].sort(
    (a, b) => frenchOrder.compare(a.name, b.name) || a.region.localeCompare(b.region),
  )
  for (const card of cards) console.log(`  ${card.name} · ${card.slug} · ${card.region}`)

  const cluster = await clusterWithLeadersAndQuote(grappes, clusterSlug)
  if (!cluster) throw new Error(`no published cluster has the slug "${clusterSlug}"`)
  console.log(`Cluster ${cluster.slug}: ${cluster.name}`)
  const leaders = (cluster.leaders?.docs ?? []).filter(isPopulated)
  console.log(`  Leaders (${leaders.length}): ${leaders.map((leader) => leader.name).join(', ')}`)
  const quote = (cluster.quotes?.docs ?? []).find(isPopulated)
  console.log(
    quote
      ? `  Quote: « ${shorten(quote.text, 60)} » — ${quote.speakerName}, ${quote.speakerTitle}`
      : '  Quote: none',
  )

  const storyList = await stories(grappes)
  console.log(`Stories: ${storyList.totalDocs}`)
  for (const story of storyList.docs) {
    const company = isPopulated(story.company) ? story.company.name : 'no company'
    const date = story.publishedAt?.slice(0, 10) ?? 'undated'
    console.log(`  ${date} · ${story.title} · ${company} · ${story.edition ?? 'no edition'}`)
  }
}

/** One line that says what went wrong, whatever failed. */
function failureMessage(error: unknown, serverURL: string): string {
  if (error instanceof PayloadSDKError)
    return `Grappes answered ${error.status} to ${decodeURIComponent(error.response.url)}: ${error.message}`
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `Grappes at ${serverURL} did not answer within ${ANSWER_WITHIN_MS / 1000} s`
  // fetch rejects with "fetch failed" and puts the network error (ECONNREFUSED, ENOTFOUND…) in `cause`.
  if (error instanceof TypeError && error.cause instanceof Error) {
    const cause = error.cause as Error & { code?: string }
    return `cannot reach Grappes at ${serverURL}: ${cause.code ?? cause.message}`
  }
  return `read failed: ${error instanceof Error ? error.message : String(error)}`
}

/** The server's address from the argument or GRAPPES_URL, without a trailing slash. */
function serverURLFrom(argument: string | undefined): string | undefined {
  const given = argument ?? process.env.GRAPPES_URL
  if (!given || !URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) return undefined
  return given.replace(/\/+$/, '')
}

const serverURL = serverURLFrom(process.argv[2])
if (!serverURL) {
  console.error(
    'Give the Grappes server address, e.g. npx tsx examples/frontEndReads.ts http://localhost:3000 (or set GRAPPES_URL)',
  )
  process.exit(2)
}
try {
  await printFrontEndReads(serverURL, process.argv[3] ?? 'aerospace')
} catch (error) {
  console.error(failureMessage(error, serverURL))
  process.exit(1)
}
