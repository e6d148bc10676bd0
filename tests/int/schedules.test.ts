import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { runDueJobs } from '../helpers/jobs'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { listSchedules } from '@/plugins/schedules/listSchedules'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let comms: ApiClient
let commsId: number
let commsEmail: string
let secretariat: ApiClient

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const scheduleJobs: Where = { taskSlug: { equals: 'schedulePublish' } }
const countScheduleJobs = async () =>
  (await ctx.payload.count({ collection: 'payload-jobs', where: scheduleJobs })).totalDocs

/** A story draft: its title in the given languages only. */
async function storyDraft(titles: { en?: string; fr?: string }): Promise<number> {
  const [first, ...others] = Object.entries(titles) as Array<['en' | 'fr', string]>
  const { id } = await ctx.payload.create({
    collection: 'stories',
    locale: first[0],
    data: { title: first[1], _status: 'draft' },
    draft: true,
    overrideAccess: true, // fixture
  })
  for (const [locale, title] of others)
    await ctx.payload.update({
      collection: 'stories',
      id,
      locale,
      data: { title, _status: 'draft' },
      draft: true,
      overrideAccess: true, // fixture
    })
  return id
}

const scheduleOverRest = (client: ApiClient, id: number, inMs: number, extra: object = {}) =>
  client.post('/schedules', {
    type: 'publish',
    doc: { relationTo: 'stories', value: id },
    waitUntil: new Date(Date.now() + inMs).toISOString(),
    ...extra,
  })

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  commsEmail = await createUser(ctx.payload, 'communications')
  commsId = (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: commsEmail } },
      overrideAccess: true,
    })
  ).docs[0].id
  comms = await new ApiClient(ctx.config).login(commsEmail, TEST_PASSWORD)
  const organization = await fixtureOrganization(ctx.payload)
  const secretariatEmail = await createUser(ctx.payload, 'secretariat', organization)
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await inbox.stop()
  await ctx.teardown()
})

describe('a schedule that would fail is refused when it is made', () => {
  it('over the Local API: a 400 naming the title and English, and no job', async () => {
    const id = await storyDraft({ fr: 'Histoire sans titre anglais' })
    const before = await countScheduleJobs()
    const queued = ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'stories', value: id },
        user: { relationTo: 'users', value: commsId },
      },
      waitUntil: new Date(Date.now() + 60_000),
    })
    await expect(queued).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('English'),
      data: { errors: [expect.objectContaining({ path: 'title' })] },
    })
    await expect(queued).rejects.toMatchObject({ message: expect.stringContaining('Title') })
    expect(await countScheduleJobs()).toBe(before)
  })

  it('over REST, in English and in French: a 400 naming the field and the language', async () => {
    const id = await storyDraft({ fr: 'Autre histoire' })
    const before = await countScheduleJobs()
    const english = await scheduleOverRest(comms, id, 60_000)
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toBe(
      'This publication would fail in English: Title. Complete the draft, then schedule it.',
    )
    expect(english.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'title' })])
    const french = await comms.asBrowser({ Origin: ctx.config.serverURL, 'Accept-Language': 'fr' }).post('/schedules', {
      type: 'publish',
      doc: { relationTo: 'stories', value: id },
      locale: 'fr',
      waitUntil: new Date(Date.now() + 60_000).toISOString(),
    })
    expect(french.status).toBe(400)
    expect(french.body.errors[0].message).toBe(
      'Cette publication échouerait en anglais : Titre. Complétez le brouillon, puis programmez-la.',
    )
    expect(await countScheduleJobs()).toBe(before)
  })

  it('a secretariat cannot schedule (403), and an unpublication is not checked', async () => {
    const id = await storyDraft({ fr: 'Sans anglais' })
    expect((await scheduleOverRest(secretariat, id, 60_000)).status).toBe(403)
    const unpublish = await scheduleOverRest(comms, id, 60_000, { type: 'unpublish' })
    expect(unpublish.status).toBe(201)
    await ctx.payload.delete({
      collection: 'payload-jobs',
      id: unpublish.body.id,
      overrideAccess: true,
    })
  })
})

describe('what happens to a schedule is kept and told', () => {
  it('a valid schedule publishes and is listed as done', async () => {
    const id = await storyDraft({ en: 'Ready story', fr: 'Histoire prête' })
    const made = await scheduleOverRest(comms, id, 300)
    expect(made.status).toBe(201)
    await sleep(500)
    await runDueJobs(ctx.payload)
    const story = await ctx.payload.findByID({ collection: 'stories', id, overrideAccess: true })
    expect(story._status).toBe('published')
    const row = (await listSchedules(ctx.payload, 'en')).find((r) => r.id === made.body.id)
    expect(row).toMatchObject({
      state: 'done',
      type: 'publish',
      document: { title: 'Ready story', label: 'StarTech story' },
    })
  })

  it('a schedule that fails later is listed as failed with its reason, and its scheduler is e-mailed', async () => {
    const id = await storyDraft({ en: 'Soon broken', fr: 'Bientôt cassée' })
    const made = await scheduleOverRest(comms, id, 300)
    expect(made.status).toBe(201)
    // The draft loses its English title before the time comes (a draft save is not validated).
    await ctx.payload.update({
      collection: 'stories',
      id,
      locale: 'en',
      data: { title: '' },
      draft: true,
      overrideAccess: true, // fixture: an editor's later draft
    })
    await sleep(500)
    const before = inbox.mails.length
    await runDueJobs(ctx.payload)
    await runDueJobs(ctx.payload) // the e-mail job queued by the failure
    const story = await ctx.payload.findByID({ collection: 'stories', id, overrideAccess: true })
    expect(story._status).toBe('draft')
    const row = (await listSchedules(ctx.payload, 'fr')).find((r) => r.id === made.body.id)
    expect(row).toMatchObject({
      state: 'failed',
      scheduledBy: expect.any(String),
      reason: expect.stringContaining('Title'),
      document: { label: 'Récit StarTech', adminPath: `/admin/collections/stories/${id}` },
    })
    const mails = inbox.mails.slice(before)
    expect(mails.map((m) => m.to)).toEqual([[commsEmail]])
    expect(mails[0].raw).toContain('Scheduled publication failed')
    expect(mails[0].raw).toContain('Title')
    expect(mails[0].raw).toContain(`/admin/collections/stories/${id}`)
  })
})
