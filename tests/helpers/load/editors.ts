import { jsonHeaders, send } from './http'
import type { Tally } from './tally'

export type Locale = 'en' | 'fr'

/** A cluster the editors may publish to, by id and slug. */
export type ClusterRef = { id: number; slug: string }

/** A write the server acknowledged (2xx with the stored document), in the order it was made. */
export type AcknowledgedWrite =
  | { kind: 'cluster-summary'; clusterId: number; slug: string; locale: Locale; summary: string }
  | { kind: 'story'; storyId: number; slug: string; title: string }

export type Editor = {
  name: string
  base: string
  token: string
  /** Clusters no other editor touches, so the last acknowledged summary is the one to find. */
  clusters: ClusterRef[]
  /** Whether this editor also creates and publishes stories between cluster updates. */
  writesStories: boolean
}

/**
 * Payload keeps at most `maxPerDoc` (50) versions of a document; an editor stops updating a cluster
 * before older versions are pruned, so every acknowledged summary can still be found afterwards.
 */
export const MAX_UPDATES_PER_CLUSTER = 40

type Written = { doc?: { id?: number; slug?: string } }

async function publishSummary(
  editor: Editor,
  tally: Tally,
  cluster: ClusterRef,
  locale: Locale,
  summary: string,
): Promise<AcknowledgedWrite | undefined> {
  const answer = await send(
    tally,
    'write',
    `${editor.base}/api/clusters/${cluster.id}?locale=${locale}&depth=0`,
    {
      method: 'PATCH',
      headers: jsonHeaders(editor.token),
      body: JSON.stringify({ summary, _status: 'published' }),
    },
  )
  if (answer.status !== 200) return undefined
  return { kind: 'cluster-summary', clusterId: cluster.id, slug: cluster.slug, locale, summary }
}

async function publishStory(
  editor: Editor,
  tally: Tally,
  title: string,
): Promise<AcknowledgedWrite | undefined> {
  const answer = await send(tally, 'write', `${editor.base}/api/stories?locale=en&depth=0`, {
    method: 'POST',
    headers: jsonHeaders(editor.token),
    body: JSON.stringify({
      title,
      summary: `Written during the load test: ${title}.`,
      publishedAt: new Date().toISOString(),
      _status: 'published',
    }),
  })
  const doc = answer.status === 201 ? (JSON.parse(answer.body) as Written).doc : undefined
  if (!doc?.id || !doc.slug) return undefined
  return { kind: 'story', storyId: doc.id, slug: doc.slug, title }
}

/**
 * One editor publishing until the deadline: the summary of each of its clusters in turn, English
 * then French, each with a marker no other write uses; stories in between when it writes stories.
 */
export async function editor(
  editor: Editor,
  tally: Tally,
  runId: string,
  deadline: number,
  acknowledged: AcknowledgedWrite[],
): Promise<void> {
  const perRound = editor.clusters.length
  const maxUpdates = perRound * MAX_UPDATES_PER_CLUSTER
  let updates = 0
  for (let n = 0; Date.now() < deadline; n += 1) {
    const marker = `${runId}-${editor.name}-${n}`
    const storyTurn = editor.writesStories && (n % 2 === 1 || updates >= maxUpdates)
    if (!storyTurn && updates >= maxUpdates) return
    const write = storyTurn
      ? await publishStory(editor, tally, `Load story ${marker}`)
      : await publishSummary(
          editor,
          tally,
          editor.clusters[updates % perRound],
          Math.floor(updates / perRound) % 2 ? 'fr' : 'en',
          `Load marker ${marker}.`,
        )
    if (!storyTurn) updates += 1
    if (write) acknowledged.push(write)
  }
}
