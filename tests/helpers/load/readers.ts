import { send } from './http'
import type { Tally, TrafficKind } from './tally'

/** What readers need to know about the seeded site. */
export type SiteMap = { base: string; clusterSlugs: string[] }

type Read = { kind: TrafficKind; url: string; init?: RequestInit }

/** The `n`-th request of a reader: the same few cached reads again and again, plus variants. */
type ReadOf = (site: SiteMap, n: number) => Read

const slugOf = (site: SiteMap, n: number) => site.clusterSlugs[n % site.clusterSlugs.length]
const localeOf = (n: number) => (n % 2 ? 'fr' : 'en')

const graphqlClusterList = '{ Clusters(locale: fr, limit: 50) { docs { id slug name summary } } }'
const graphqlClusterBySlug = `query Cluster($slug: String, $locale: LocaleInputType) {
  Clusters(where: { slug: { equals: $slug } }, locale: $locale, limit: 1) {
    docs { id name summary keyFigures { label value display } }
  }
}`
const graphqlStories = '{ Stories(locale: en, limit: 10) { docs { id title slug summary } } }'

/**
 * The readers' mix. Most reads repeat (the response cache answers them); those that carry `n` in
 * a harmless filter or limit are new URLs, so the API and the database really work.
 */
const reads: ReadOf[] = [
  (s) => ({ kind: 'rest', url: `${s.base}/api/clusters?depth=1&locale=en&limit=50` }),
  (s, n) => ({
    kind: 'rest',
    url: `${s.base}/api/clusters?depth=1&locale=fr&limit=${10 + (n % 40)}&where[name][not_equals]=reader-${n}`,
  }),
  (s, n) => ({
    kind: 'rest',
    url: `${s.base}/api/clusters?where[slug][equals]=${slugOf(s, n)}&depth=1&locale=${localeOf(n)}`,
  }),
  (s, n) => ({ kind: 'rest', url: `${s.base}/api/stories?depth=1&locale=${localeOf(n)}&limit=10` }),
  (s, n) => ({
    kind: 'rest',
    url: `${s.base}/api/companies?depth=0&locale=fr&limit=${5 + (n % 30)}`,
  }),
  (s) => ({
    kind: 'graphql',
    url: `${s.base}/api/graphql?query=${encodeURIComponent(graphqlClusterList)}`,
  }),
  (s, n) => ({
    kind: 'graphql',
    url: `${s.base}/api/graphql`,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: graphqlClusterBySlug,
        variables: { slug: slugOf(s, n), locale: localeOf(n) },
      }),
    },
  }),
  (s) => ({
    kind: 'graphql',
    url: `${s.base}/api/graphql`,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: graphqlStories }),
    },
  }),
  (s, n) => ({ kind: 'site', url: `${s.base}/${localeOf(n)}` }),
  (s, n) => ({ kind: 'site', url: `${s.base}/fr/clusters/${slugOf(s, n)}` }),
  (s, n) => ({ kind: 'site', url: `${s.base}/en/clusters/${slugOf(s, n + 1)}` }),
  (s, n) => ({ kind: 'site', url: `${s.base}/${localeOf(n)}/clusters` }),
  (s, n) => ({ kind: 'site', url: `${s.base}/${localeOf(n)}/stories` }),
  (s) => ({ kind: 'site', url: `${s.base}/en/companies` }),
]

/**
 * GraphQL is rate limited per client address (RATE_LIMIT_GRAPHQL, 300 a minute by default) and
 * every reader here shares 127.0.0.1: readers take turns below that limit, so the run measures
 * the server and not the limiter. A reader whose turn has not come reads something else.
 */
export class Pacer {
  private next = 0
  constructor(private readonly intervalMs: number) {}

  take(): boolean {
    const now = Date.now()
    if (now < this.next) return false
    this.next = now + this.intervalMs
    return true
  }
}

/** One reader: reads the mix in turn, starting at its own offset, until the deadline. */
export async function reader(
  site: SiteMap,
  tally: Tally,
  graphqlPacer: Pacer,
  offset: number,
  deadline: number,
): Promise<void> {
  for (let n = offset; Date.now() < deadline; n += 1) {
    const read = reads[n % reads.length](site, n)
    if (read.kind === 'graphql' && !graphqlPacer.take()) continue
    await send(tally, read.kind, read.url, read.init)
  }
}
