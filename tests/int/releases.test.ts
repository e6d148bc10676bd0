import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TypedUser } from 'payload'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { connectPayload, type TestContext } from '../helpers/payload'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { pendingContentVersionMoves } from '@/plugins/contentVersion/afterCommit'
import { onContentVersionMoved } from '@/plugins/contentVersion'
import { publishRelease } from '@/plugins/releases/publishRelease'
import { publishScheduledRelease } from '@/plugins/releases/publishReleaseTask'

let site: RunningSite
let ctx: TestContext
let comms: ApiClient
let commsFr: ApiClient
let admin: ApiClient
let secretariat: ApiClient
let apiClient: ApiClient
let anonymous: ApiClient
let commsId: number

const unique = () => Math.random().toString(36).slice(2, 8)
const soon = () => new Date(Date.now() + 60_000).toISOString()

/** A published story whose latest draft changes its title to `next` (its live title is `live`). */
async function storyWithDraft(live: string, next: string): Promise<number> {
  const created = await comms.post('/stories', {
    title: live,
    slug: `release-${unique()}`,
    _status: 'published',
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  const drafted = await comms.patch(`/stories/${id}`, { title: next }, { draft: 'true' })
  expect(drafted.status).toBe(200)
  return id
}

/** A story that was never published: only a draft. */
async function draftOnlyStory(title: string): Promise<number> {
  const created = await comms.post(
    '/stories',
    { title, slug: `release-${unique()}`, _status: 'draft' },
    { draft: 'true' },
  )
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

/** A release of stories, made by communications over REST. */
async function releaseOf(ids: number[], title = `Release ${unique()}`): Promise<number> {
  const created = await comms.post('/releases', {
    title,
    items: ids.map((value) => ({ relationTo: 'stories', value })),
  })
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

/** What an anonymous reader gets for these stories, id → title (published ones only). */
async function liveTitles(ids: number[]): Promise<Record<number, string>> {
  const answer = await anonymous.get('/stories', {
    where: { id: { in: ids.join(',') } },
    depth: 0,
    limit: 50,
  })
  expect(answer.status).toBe(200)
  return Object.fromEntries(
    (answer.body.docs as Array<{ id: number; title: string }>).map((d) => [d.id, d.title]),
  )
}

const publishedVersions = async (id: number) =>
  (
    await ctx.payload.countVersions({
      collection: 'stories',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  site = await startProductionServer()
  ctx = await connectPayload(site.database, site.mediaDir)
  const client = () => new ApiClient(ctx.config, site.base)
  const commsEmail = await createUser(ctx.payload, 'communications')
  commsId = (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: commsEmail } },
      overrideAccess: true,
    })
  ).docs[0].id
  comms = await client().login(commsEmail, TEST_PASSWORD)
  commsFr = comms.asBrowser({ Origin: site.base, 'Accept-Language': 'fr' })
  admin = await client().login(await createUser(ctx.payload, 'admin'), TEST_PASSWORD)
  const organization = await fixtureOrganization(ctx.payload)
  secretariat = await client().login(
    await createUser(ctx.payload, 'secretariat', organization),
    TEST_PASSWORD,
  )
  const key = `releases-key-${unique()}-0123456789abcdef`
  await ctx.payload.create({
    collection: 'api-clients',
    data: { name: 'Release reader', enableAPIKey: true, apiKey: key },
    overrideAccess: true, // fixture
  })
  apiClient = client().withApiKey(key)
  anonymous = client()
}, 400_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
})

describe('publishing a release', () => {
  it('publishes the latest drafts of its three documents in one commit', async () => {
    const ids = [
      await storyWithDraft('Jobs 2016', 'Jobs 2024'),
      await storyWithDraft('Sales 2017', 'Sales 2024'),
      await draftOnlyStory('New figures 2024'),
    ]
    const id = await releaseOf(ids)
    const startedAt = new Date().toISOString()

    const published = await comms.post(`/releases/${id}/publish`, {})
    expect(published.status).toBe(200)
    expect(published.body.doc.status).toBe('published')
    expect(await liveTitles(ids)).toEqual({
      [ids[0]]: 'Jobs 2024',
      [ids[1]]: 'Sales 2024',
      [ids[2]]: 'New figures 2024',
    })
    // The version live before is kept for the rollback (none for the never-published story).
    const results = published.body.doc.results as Array<{
      value: string
      previousVersion: string | null
    }>
    expect(results.map((r) => r.value)).toEqual(ids.map(String))
    expect(results.map((r) => r.previousVersion === null)).toEqual([false, false, true])
    const release = await ctx.payload.findByID({
      collection: 'releases',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(release.publishedBy).toBe(commsId)
    expect(release.publishedAt).toEqual(expect.any(String))
    // The audit trail joined the same transaction: one publish entry per story, by communications.
    const entries = await ctx.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { collection: { equals: 'stories' } },
          { documentId: { in: ids.map(String) } },
          { action: { equals: 'publish' } },
          { user: { equals: commsId } },
          { at: { greater_than_equal: startedAt } },
        ],
      },
      depth: 0,
      overrideAccess: true,
    })
    expect(entries.docs.map((e) => e.documentId).sort()).toEqual(ids.map(String).sort())
    expect(pendingContentVersionMoves(ctx.payload)).toBe(0)

    // Published once: a second publish is a 409 and changes nothing.
    const again = await comms.post(`/releases/${id}/publish`, {})
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe(
      'This release is “Published”: only an open or scheduled release can be published or scheduled.',
    )
  })

  it('a failure in the third document leaves all three unpublished, and says why (EN/FR)', async () => {
    const ids = [
      await storyWithDraft('Old A', 'New A'),
      await storyWithDraft('Old B', 'New B'),
      await storyWithDraft('Old C', 'New C'),
    ]
    // A real reason: the third draft lost its English title, which publishing requires.
    const emptied = await comms.patch(`/stories/${ids[2]}`, { title: '' }, { draft: 'true' })
    expect(emptied.status).toBe(200)
    const id = await releaseOf(ids)

    const failed = await comms.post(`/releases/${id}/publish`, {})
    expect(failed.status).toBe(400)
    expect(failed.body.errors[0].message).toBe(
      'The release was not published: nothing changed. See the reason per document.',
    )
    expect(await liveTitles(ids)).toEqual({
      [ids[0]]: 'Old A',
      [ids[1]]: 'Old B',
      [ids[2]]: 'Old C',
    })
    for (const story of ids) expect(await publishedVersions(story)).toBe(1)
    const results = failed.body.errors[0].data.results as Array<{
      reasonEn: string | null
      reasonFr: string | null
    }>
    expect(results.map((r) => r.reasonEn)).toEqual([null, null, 'Cannot be published: Title.'])
    expect(results.map((r) => r.reasonFr)).toEqual([null, null, 'Ne peut pas être publié : Titre.'])
    expect(failed.body.errors[0].data.status).toBe('failed')

    // In French, the refusal is in French; once the draft is fixed, the failed release publishes.
    const french = await commsFr.post(`/releases/${id}/publish`, {})
    expect(french.status).toBe(400)
    expect(french.body.errors[0].message).toBe(
      'Le lot n’a pas été publié : rien n’a changé. Voyez la raison pour chaque document.',
    )
    await comms.patch(`/stories/${ids[2]}`, { title: 'New C' }, { draft: 'true' })
    const fixed = await comms.post(`/releases/${id}/publish`, {})
    expect(fixed.status).toBe(200)
    expect(await liveTitles(ids)).toEqual({
      [ids[0]]: 'New A',
      [ids[1]]: 'New B',
      [ids[2]]: 'New C',
    })
  })

  it('an anonymous reader polling during the publish sees all old or all new, never a mix', async () => {
    const count = 12
    const ids: number[] = []
    for (let i = 0; i < count; i++) ids.push(await storyWithDraft(`old ${i}`, `new ${i}`))
    const id = await releaseOf(ids)
    const seen: string[] = []
    let publishing = true
    const poll = (async () => {
      while (publishing) {
        const titles = Object.values(await liveTitles(ids))
        expect(titles).toHaveLength(count)
        const kinds = new Set(titles.map((title) => title.split(' ')[0]))
        seen.push([...kinds].join('+'))
      }
    })()
    const published = await comms.post(`/releases/${id}/publish`, {})
    publishing = false
    await poll
    expect(published.status).toBe(200)
    // Every sample was a read started while the publish was in flight (a dozen documents).
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(new Set(seen).has('old+new')).toBe(false)
    expect(new Set(seen).has('new+old')).toBe(false)
    expect(seen[0]).toBe('old')
    expect(Object.values(await liveTitles(ids)).every((t) => t.startsWith('new'))).toBe(true)
  })
})

describe('the content-change signal', () => {
  it('moves the content version once, after the commit, when the release publishes', async () => {
    const ids = [
      await storyWithDraft('Signal old 1', 'Signal new 1'),
      await storyWithDraft('Signal old 2', 'Signal new 2'),
    ]
    const id = await releaseOf(ids)
    const user = await ctx.payload.findByID({
      collection: 'users',
      id: commsId,
      overrideAccess: true,
    })
    const seenAtMove: string[][] = []
    const moves: Array<Promise<void>> = []
    const stop = onContentVersionMoved(ctx.payload, () => {
      // What a reader outside the transaction sees when the signal fires: already the new titles.
      moves.push(
        ctx.payload
          .find({
            collection: 'stories',
            where: { id: { in: ids } },
            depth: 0,
            overrideAccess: false,
          })
          .then(({ docs }) => void seenAtMove.push(docs.map((d) => d.title ?? '').sort())),
      )
    })
    try {
      const done = await publishRelease(ctx.payload, id, {
        user: { ...user, collection: 'users' } as TypedUser,
      })
      expect(done.outcome).toBe('published')
      await Promise.all(moves)
    } finally {
      stop()
    }
    expect(seenAtMove).toEqual([['Signal new 1', 'Signal new 2']])
  })
})

describe('rolling a release back', () => {
  it('restores the versions live before, and unpublishes what was not published', async () => {
    // The never-published one first: the last document restored is a restored version.
    const ids = [
      await draftOnlyStory('Only after'),
      await storyWithDraft('Before 1', 'After 1'),
      await storyWithDraft('Before 2', 'After 2'),
    ]
    const id = await releaseOf(ids)
    expect((await comms.post(`/releases/${id}/publish`, {})).status).toBe(200)
    expect(await liveTitles(ids)).toEqual({
      [ids[0]]: 'Only after',
      [ids[1]]: 'After 1',
      [ids[2]]: 'After 2',
    })

    const rolledBack = await comms.post(`/releases/${id}/rollback`, {})
    expect(rolledBack.status).toBe(200)
    expect(rolledBack.body.doc.status).toBe('rolled-back')
    expect(await liveTitles(ids)).toEqual({ [ids[1]]: 'Before 1', [ids[2]]: 'Before 2' })

    const twice = await comms.post(`/releases/${id}/rollback`, {})
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toBe(
      'Only a published release can be rolled back; this one is “Rolled back”.',
    )
  })
})

describe('scheduling a release', () => {
  it('refuses a missing, malformed or past date with a 400 naming publishAt (EN/FR)', async () => {
    const id = await releaseOf([await storyWithDraft('S old', 'S new')])
    for (const body of [{}, { publishAt: 'tomorrow-ish' }, { publishAt: '2020-01-01T00:00:00Z' }]) {
      const refused = await comms.post(`/releases/${id}/schedule`, body)
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].message).toBe(
        'Give the publication date and time (publishAt) in the future, e.g. 2026-03-31T09:00:00-04:00.',
      )
    }
    const french = await commsFr.post(`/releases/${id}/schedule`, { publishAt: 'demain' })
    expect(french.status).toBe(400)
    expect(french.body.errors[0].message).toBe(
      'Indiquez une date et une heure de publication (publishAt) à venir, par exemple 2026-03-31T09:00:00-04:00.',
    )
    const release = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    expect(release.status).toBe('open')
    expect(release.job ?? null).toBeNull()
  })

  it('refuses to schedule a release that would fail now, saying why (EN/FR), and queues nothing', async () => {
    const ids = [
      await storyWithDraft('W old 1', 'W new 1'),
      await storyWithDraft('W old 2', 'W new 2'),
    ]
    expect((await comms.patch(`/stories/${ids[1]}`, { title: '' }, { draft: 'true' })).status).toBe(
      200,
    )
    const id = await releaseOf(ids)
    const jobsBefore = await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    const refused = await comms.post(`/releases/${id}/schedule`, { publishAt: soon() })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe(
      'This release would fail now: nothing was scheduled. See the reason per document.',
    )
    expect(
      refused.body.errors[0].data.results.map((r: { reasonFr: string | null }) => r.reasonFr),
    ).toEqual([null, 'Ne peut pas être publié : Titre.'])
    const french = await commsFr.post(`/releases/${id}/schedule`, { publishAt: soon() })
    expect(french.body.errors[0].message).toBe(
      'Ce lot échouerait maintenant : rien n’a été programmé. Voyez la raison pour chaque document.',
    )
    const jobsAfter = await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(jobsAfter.totalDocs).toBe(jobsBefore.totalDocs)
    const release = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    expect(release.status).toBe('open')
    expect(await liveTitles(ids)).toEqual({ [ids[0]]: 'W old 1', [ids[1]]: 'W old 2' })
  })

  it('publishes exactly once, even when the job runs twice at once', async () => {
    const ids = [
      await storyWithDraft('Due old 1', 'Due new 1'),
      await storyWithDraft('Due old 2', 'Due new 2'),
    ]
    const id = await releaseOf(ids)
    const scheduled = await comms.post(`/releases/${id}/schedule`, { publishAt: soon() })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.doc.status).toBe('scheduled')
    const { job } = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    expect(job).toEqual(expect.any(Number))

    // Two runners take the same due job at the same moment (as two workers racing would).
    const run = () => publishScheduledRelease(ctx.payload, { release: id, user: commsId })
    expect((await Promise.all([run(), run()])).sort()).toEqual(['published', 'unchanged'])
    // And the queued job itself, run by the queue afterwards, changes nothing.
    await ctx.payload.jobs.runByID({ id: job! })
    const after = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    expect(after.status).toBe('published')
    for (const story of ids) expect(await publishedVersions(story)).toBe(2)
    expect(await liveTitles(ids)).toEqual({ [ids[0]]: 'Due new 1', [ids[1]]: 'Due new 2' })
  })

  it('the queued job publishes when due, through the jobs queue', async () => {
    const ids = [await storyWithDraft('Queue old', 'Queue new')]
    const id = await releaseOf(ids)
    expect(
      (
        await comms.post(`/releases/${id}/schedule`, {
          publishAt: new Date(Date.now() + 1_500).toISOString(),
        })
      ).status,
    ).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    await ctx.payload.jobs.run({ allQueues: true, limit: 10 })
    await ctx.payload.jobs.run({ allQueues: true, limit: 10 })
    const release = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    expect(release.status).toBe('published')
    expect(await liveTitles(ids)).toEqual({ [ids[0]]: 'Queue new' })
    expect(await publishedVersions(ids[0])).toBe(2)
  })

  it('unscheduling removes the job; the release is open again', async () => {
    const id = await releaseOf([await storyWithDraft('U old', 'U new')])
    await comms.post(`/releases/${id}/schedule`, { publishAt: soon() })
    const { job } = await ctx.payload.findByID({ collection: 'releases', id, overrideAccess: true })
    const unscheduled = await comms.post(`/releases/${id}/unschedule`, {})
    expect(unscheduled.status).toBe(200)
    expect(unscheduled.body.doc).toMatchObject({ status: 'open', publishAt: null })
    const jobs = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job } },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(0)
    expect((await comms.post(`/releases/${id}/unschedule`, {})).status).toBe(409)
  })
})

describe('who may act on releases', () => {
  let id: number
  beforeAll(async () => {
    id = await releaseOf([await storyWithDraft('Role old', 'Role new')])
  })

  it('anonymous: 401 on the actions, 403 on reads and writes', async () => {
    for (const action of ['publish', 'schedule', 'unschedule', 'rollback'])
      expect((await anonymous.post(`/releases/${id}/${action}`, {})).status).toBe(401)
    expect((await anonymous.get(`/releases/${id}`)).status).toBe(403)
    expect((await anonymous.post('/releases', { title: 'x' })).status).toBe(403)
  })

  it.each([
    ['secretariat', () => secretariat],
    ['API client', () => apiClient],
  ])('%s: 403 on every write and action', async (_name, who) => {
    const as = who()
    for (const action of ['publish', 'schedule', 'unschedule', 'rollback'])
      expect((await as.post(`/releases/${id}/${action}`, { publishAt: soon() })).status).toBe(403)
    expect((await as.post('/releases', { title: 'x' })).status).toBe(403)
    expect((await as.patch(`/releases/${id}`, { title: 'y' })).status).toBe(403)
    expect((await as.delete(`/releases/${id}`)).status).toBe(403)
    expect((await as.get(`/releases/${id}`)).status).toBe(403)
  })

  it('admin and communications may; nobody writes the status by hand', async () => {
    const mine = await admin.post('/releases', { title: 'Admin release', status: 'published' })
    expect(mine.status).toBe(201)
    expect(mine.body.doc.status).toBe('open')
    const edited = await comms.patch(`/releases/${mine.body.doc.id}`, { status: 'published' })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.status).toBe('open')
    // An empty release cannot be published.
    const empty = await admin.post(`/releases/${mine.body.doc.id}/publish`, {})
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toBe(
      'Add at least one document to the release (items) before publishing it.',
    )
    expect((await admin.post('/releases/999999/publish', {})).status).toBe(404)
  })

  it('an item that is not a document is a 400 naming items', async () => {
    const refused = await comms.post('/releases', {
      title: 'Bad items',
      items: [{ relationTo: 'stories', value: 987654 }],
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('items')
  })
})
