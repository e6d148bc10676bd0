import type { AcknowledgedWrite, Locale } from './editors'
import { jsonHeaders } from './http'

type ClusterSummaryWrite = Extract<AcknowledgedWrite, { kind: 'cluster-summary' }>
type StoryWrite = Extract<AcknowledgedWrite, { kind: 'story' }>

const summaryWrites = (writes: AcknowledgedWrite[]) =>
  writes.filter((write): write is ClusterSummaryWrite => write.kind === 'cluster-summary')
const storyWrites = (writes: AcknowledgedWrite[]) =>
  writes.filter((write): write is StoryWrite => write.kind === 'story')

/** The summary each (cluster, locale) must show now: the last one acknowledged. */
export function lastSummaries(writes: AcknowledgedWrite[]): ClusterSummaryWrite[] {
  const last = new Map<string, ClusterSummaryWrite>()
  for (const write of summaryWrites(writes)) last.set(`${write.clusterId}:${write.locale}`, write)
  return [...last.values()]
}

/** A read of the checks: its problem, not an exception, when it does not answer 200. */
async function read<T>(url: string, token?: string): Promise<T | string> {
  const response = await fetch(url, { headers: jsonHeaders(token) })
  const text = await response.text()
  return response.status === 200 ? (JSON.parse(text) as T) : `GET ${url}: ${response.status}`
}

type Docs<T> = { docs: T[] }
type SummaryVersion = { version: { summary?: Partial<Record<Locale, string>> } }

/** Every acknowledged summary is among its cluster's stored versions (read as an editor). */
async function missingSummaries(
  base: string,
  token: string,
  writes: AcknowledgedWrite[],
): Promise<string[]> {
  const problems: string[] = []
  const clusterIds = [...new Set(summaryWrites(writes).map((write) => write.clusterId))]
  for (const id of clusterIds) {
    const versions = await read<Docs<SummaryVersion>>(
      `${base}/api/clusters/versions?where[parent][equals]=${id}&limit=100&depth=0&locale=all`,
      token,
    )
    if (typeof versions === 'string') {
      problems.push(versions)
      continue
    }
    const stored = new Set(
      versions.docs.flatMap(({ version }) => Object.values(version.summary ?? {})),
    )
    for (const write of summaryWrites(writes).filter((w) => w.clusterId === id)) {
      if (!stored.has(write.summary))
        problems.push(`cluster ${id} ${write.locale}: no "${write.summary}"`)
    }
  }
  return problems
}

/** Stories among `ids` that `GET /api/stories` does not return (as `token`'s user or anonymously). */
async function missingStories(base: string, writes: AcknowledgedWrite[], token?: string) {
  const stories = storyWrites(writes)
  if (!stories.length) return []
  const ids = stories.map((story) => story.storyId)
  const found = await read<Docs<{ id: number; _status?: string }>>(
    `${base}/api/stories?where[id][in]=${ids.join(',')}&pagination=false&depth=0&locale=en`,
    token,
  )
  if (typeof found === 'string') return [found]
  const published = new Set(found.docs.filter((d) => d._status === 'published').map((d) => d.id))
  return ids.filter((id) => !published.has(id)).map((id) => `story ${id}: not published`)
}

/** Every acknowledged write is stored: each summary among the versions, each story published. */
export async function unstoredWrites(
  base: string,
  editorToken: string,
  writes: AcknowledgedWrite[],
) {
  return [
    ...(await missingSummaries(base, editorToken, writes)),
    ...(await missingStories(base, writes, editorToken)),
  ]
}

/** Anonymous API readers see the last summary of every cluster and every story. */
export async function changesHiddenFromApi(base: string, writes: AcknowledgedWrite[]) {
  const problems: string[] = []
  for (const expected of lastSummaries(writes)) {
    // The URL readers use, which the response cache may have kept during the load.
    const found = await read<Docs<{ summary?: string }>>(
      `${base}/api/clusters?where[slug][equals]=${expected.slug}&depth=1&locale=${expected.locale}`,
    )
    if (typeof found === 'string') problems.push(found)
    else if (found.docs[0]?.summary !== expected.summary) {
      problems.push(
        `API cluster ${expected.slug} ${expected.locale}: "${found.docs[0]?.summary}" instead of "${expected.summary}"`,
      )
    }
  }
  return [...problems, ...(await missingStories(base, writes))]
}

/** A page that does not answer 200 with `text` in it. */
async function pageProblem(url: string, text: string): Promise<string | undefined> {
  const response = await fetch(url, { redirect: 'manual' })
  const html = await response.text()
  if (response.status !== 200) return `GET ${url}: ${response.status}`
  return html.includes(text) ? undefined : `GET ${url}: no "${text}"`
}

/** The site shows the last summary on every cluster page and every story on its page. */
export async function changesHiddenFromSite(base: string, writes: AcknowledgedWrite[]) {
  const pages = [
    ...lastSummaries(writes).map((w) => ({
      url: `${base}/${w.locale}/clusters/${w.slug}`,
      text: w.summary,
    })),
    ...storyWrites(writes).map((w) => ({ url: `${base}/en/stories/${w.slug}`, text: w.title })),
  ]
  const problems: string[] = []
  for (const { url, text } of pages) {
    const problem = await pageProblem(url, text)
    if (problem) problems.push(problem)
  }
  return problems
}
