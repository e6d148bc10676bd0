import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { unsubscribeToken } from '@/plugins/qualityDigest/unsubscribeToken'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { connectPayload, type TestContext } from '../helpers/payload'
import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'
import { startSmtpInbox, type ReceivedMail } from '../helpers/smtpInbox'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let site: RunningSite
let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let admin: ApiClient
let orgA: number
let orgB: number
let orgC: number
const users: Record<string, { email: string; id: number }> = {}

const DIGEST_TASKS = ['queueQualityDigests', 'sendQualityDigest']

/** The decoded text and HTML parts and the unfolded headers of a received mail. */
function parse(mail: ReceivedMail) {
  const [head] = mail.raw.split(/\r?\n\r?\n/)
  const headers = head.replace(/\r?\n[ \t]+/g, ' ')
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(headers)?.[1]
  const parts: Record<string, string> = {}
  for (const part of boundary ? mail.raw.split(`--${boundary}`) : []) {
    const split = part.search(/\r?\n\r?\n/)
    if (split < 0) continue
    const partHead = part.slice(0, split)
    const body = part.slice(split).trim()
    const type = /Content-Type:\s*text\/(plain|html)/i.exec(partHead)?.[1]
    if (!type) continue
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(partHead)?.[1]?.toLowerCase()
    parts[type] =
      encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? Buffer.from(
              body
                .replace(/=\r?\n/g, '')
                .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            ).toString('utf8')
          : body
  }
  return { headers, text: parts.plain ?? '', html: parts.html ?? '' }
}

const mailsTo = (email: string) => inbox.mails.filter((mail) => mail.to.includes(email))

/** The counts by rule the digest's HTML states (`data-rule` items). */
const countsIn = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/data-rule="([a-z-]+)">[^<]*<strong>(\d+)<\/strong>/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  )

/** Queues the monthly run for `period` and runs it and the digests it queues until none is left. */
async function runDigests(period: string) {
  await ctx.payload.jobs.queue({ task: 'queueQualityDigests', input: { period } })
  for (let attempt = 0; attempt < 120; attempt++) {
    // The test server runs no jobs on its own (JOBS_IN_PROCESS=false): an editor runs them over HTTP.
    const run = await admin.get('/payload-jobs/run', { allQueues: 'true' })
    expect(run.status).toBe(200)
    const pending = await ctx.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { in: DIGEST_TASKS } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          // Payload's own schedule keeps next month's run waiting: not this test's.
          { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date() } }] },
        ],
      },
      overrideAccess: true,
    })
    if (pending.totalDocs === 0) {
      await new Promise((resolve) => setTimeout(resolve, 500)) // the last SMTP answer
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the digest jobs did not finish:\n${site.run.output().slice(-3000)}`)
}

async function user(
  key: string,
  organization: number,
  data: Record<string, unknown> = {},
): Promise<void> {
  const email = await createUser(ctx.payload, 'secretariat', organization)
  const { docs } = await ctx.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (Object.keys(data).length)
    await ctx.payload.update({ collection: 'users', id: docs[0].id, data, overrideAccess: true })
  users[key] = { email, id: docs[0].id }
}

/** A draft cluster of `organization` with a stale, an unsourced figure and its French summary missing. */
async function clusterWithIssues(organization: number, name: string): Promise<number> {
  const created = await ctx.payload.create({
    collection: 'clusters',
    locale: 'en',
    draft: true,
    data: {
      name,
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'A cluster of the digest tests.',
      keyFigures: [
        {
          label: 'Jobs',
          value: 205,
          unit: 'jobs',
          display: '205 jobs',
          source: 'StatCan',
          year: 2010,
        },
        {
          label: 'Firms',
          value: 10,
          unit: 'count',
          display: '10 firms',
          year: new Date().getFullYear(),
        },
      ],
      _status: 'draft',
    },
    overrideAccess: true, // fixtures are set up as the system
  })
  return created.id
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  site = await startProductionServer({ SMTP_URL: inbox.url })
  ctx = await connectPayload(site.database, site.mediaDir)
  orgA = await fixtureOrganization(ctx.payload)
  orgB = await fixtureOrganization(ctx.payload)
  orgC = await fixtureOrganization(ctx.payload)
  await clusterWithIssues(orgA, 'Digest A one')
  await clusterWithIssues(orgA, 'Digest A two')
  await clusterWithIssues(orgB, 'Digest B')
  await user('aEnglish', orgA, { qualityDigestLanguage: 'en' })
  await user('aFrench', orgA)
  await user('aInactive', orgA, { active: false })
  await user('aInvited', orgA, { invitation: 'pending', invitedAt: new Date().toISOString() })
  await user('b', orgB, { qualityDigestLanguage: 'en' })
  await user('c', orgC)
  admin = await new ApiClient(ctx.config, site.base).login(ADMIN.email, ADMIN.password)
}, 600_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
  await inbox?.stop()
})

describe('the monthly digest', () => {
  it('each secretariat gets its own organization’s issues, counted as the desk counts them, in its language', async () => {
    await runDigests('2031-01')
    const [english] = mailsTo(users.aEnglish.email)
    const [french] = mailsTo(users.aFrench.email)
    const [ofB] = mailsTo(users.b.email)
    expect(mailsTo(users.aEnglish.email)).toHaveLength(1)
    expect(mailsTo(users.aFrench.email)).toHaveLength(1)
    expect(mailsTo(users.b.email)).toHaveLength(1)
    expect(mailsTo(users.aInactive.email)).toHaveLength(0)
    expect(mailsTo(users.aInvited.email)).toHaveLength(0)
    expect(mailsTo(users.c.email)).toHaveLength(0)

    const en = parse(english)
    const fr = parse(french)
    const b = parse(ofB)
    expect(en.text).toMatch(/^Hello /)
    expect(en.text).toContain('Issues by rule:')
    expect(fr.text).toMatch(/^Bonjour /)
    expect(fr.text).toContain('Problèmes par règle:')
    expect(en.html).toContain('<html lang="en-CA">')
    expect(fr.html).toContain('<html lang="fr-CA">')

    // The counts are those /api/data-quality/issues gives each secretariat.
    const asA = await new ApiClient(ctx.config, site.base).login(
      users.aEnglish.email,
      TEST_PASSWORD,
    )
    const asB = await new ApiClient(ctx.config, site.base).login(users.b.email, TEST_PASSWORD)
    const deskA = (await asA.get('/data-quality/issues')).body
    const deskB = (await asB.get('/data-quality/issues')).body
    const nonZero = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
    expect(deskA.total).toBeGreaterThan(0)
    expect(countsIn(en.html)).toEqual(nonZero(deskA.countsByRule))
    expect(countsIn(fr.html)).toEqual(nonZero(deskA.countsByRule))
    expect(countsIn(b.html)).toEqual(nonZero(deskB.countsByRule))
    expect(countsIn(en.html)['stale-figure']).toBe(2)

    // Only its own clusters, each with its score, and links to the fields and the desk.
    expect(en.text).toContain('Digest A one')
    expect(en.text).toContain('Digest A two')
    expect(en.text).not.toContain('Digest B')
    expect(b.text).toContain('Digest B')
    expect(b.text).not.toContain('Digest A')
    for (const cluster of deskA.clusters)
      expect(en.html).toContain(
        `data-cluster="${cluster.id}">${cluster.name}: <strong>${cluster.score}</strong>`,
      )
    const stale = deskA.issues.find((issue: { rule: string }) => issue.rule === 'stale-figure')
    expect(en.text).toContain(`${site.base}${stale.adminUrl}`)
    expect(en.html).toContain(`href="${site.base}${stale.adminUrl}"`)
    expect(en.text).toContain(`${site.base}/admin/data-quality`)

    // RFC 8058 one-click unsubscribe headers.
    expect(en.headers).toMatch(
      /List-Unsubscribe: <http[^>]+\/api\/quality-digest\/unsubscribe\?token=[\w.-]+>/,
    )
    expect(en.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  })

  it('Payload’s scheduler keeps the next monthly run waiting for the 1st at 08:00 (server time)', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'queueQualityDigests' } },
          { waitUntil: { greater_than: new Date() } },
        ],
      },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const next = new Date(docs[0].waitUntil!)
    expect([next.getDate(), next.getHours(), next.getMinutes(), next.getSeconds()]).toEqual([
      1, 8, 0, 0,
    ])
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(32 * 86_400_000)
  })

  it('a second run in the same month sends nothing more', async () => {
    const before = inbox.mails.length
    await runDigests('2031-01')
    expect(inbox.mails.length).toBe(before)
  })

  it('unsubscribe: the link shows a page, one click turns the digest off, the next month skips that user', async () => {
    const [mail] = mailsTo(users.aEnglish.email)
    const url = new URL(/List-Unsubscribe: <([^>]+)>/.exec(parse(mail).headers)![1])
    const link = `${site.base}${url.pathname}${url.search}`
    expect(parse(mail).text).toContain(url.href)

    const page = await fetch(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const confirm = await page.text()
    expect(confirm).toContain('Stop the monthly data-quality e-mail?')
    expect(confirm).toContain('Ne plus recevoir le courriel mensuel de qualité des données?')
    expect(confirm).toContain('<form method="post"')
    const stillOn = await ctx.payload.findByID({
      collection: 'users',
      id: users.aEnglish.id,
      overrideAccess: true,
    })
    expect(stillOn.qualityDigest).toBe(true)

    const click = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(click.status).toBe(200)
    expect(await click.text()).toContain(
      'You will no longer receive the monthly data-quality e-mail',
    )
    const off = await ctx.payload.findByID({
      collection: 'users',
      id: users.aEnglish.id,
      overrideAccess: true,
    })
    expect(off.qualityDigest).toBe(false)

    const before = inbox.mails.length
    await runDigests('2031-02')
    const sent = inbox.mails.slice(before)
    expect(sent.filter((m) => m.to.includes(users.aEnglish.email))).toHaveLength(0)
    expect(sent.filter((m) => m.to.includes(users.aFrench.email))).toHaveLength(1)
    expect(sent.filter((m) => m.to.includes(users.b.email))).toHaveLength(1)
  })

  it('a tampered, malformed or missing token is a 400 page in English and French', async () => {
    const [mail] = mailsTo(users.aFrench.email)
    const url = new URL(/List-Unsubscribe: <([^>]+)>/.exec(parse(mail).headers)![1])
    const token = url.searchParams.get('token')!
    const [id, expires, signature] = token.split('.')
    const base = `${site.base}/api/quality-digest/unsubscribe`
    const tampered = [
      `${users.b.id}.${expires}.${signature}`, // another user's id
      `${id}.${Number(expires) + 1}.${signature}`, // a later expiry
      `${id}.${expires}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      'nonsense',
    ]
    for (const bad of tampered)
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${base}?token=${encodeURIComponent(bad)}`, { method })
        expect(response.status).toBe(400)
        const body = await response.text()
        expect(body).toContain('This unsubscribe link is not valid')
        expect(body).toContain('Ce lien de désabonnement n’est pas valide')
      }
    expect((await fetch(base)).status).toBe(400)
    // A token made with the server's secret (shared with this test's Payload) 91 days ago.
    const old = unsubscribeToken(ctx.payload.secret, users.b.id, Date.now() - 91 * 86_400_000)
    const expired = await fetch(`${base}?token=${old}`, { method: 'POST' })
    expect(expired.status).toBe(400)
    const said = await expired.text()
    expect(said).toContain('This unsubscribe link has expired')
    expect(said).toContain('Ce lien de désabonnement est expiré')
    const fresh = await fetch(`${base}?token=${unsubscribeToken(ctx.payload.secret, users.b.id)}`)
    expect(fresh.status).toBe(200)
    const b = await ctx.payload.findByID({
      collection: 'users',
      id: users.b.id,
      overrideAccess: true,
    })
    expect(b.qualityDigest).toBe(true)
  })

  it('over GraphQL: the user changes the preference, admins read it, other users read null', async () => {
    const self = await new ApiClient(ctx.config, site.base).login(
      users.aFrench.email,
      TEST_PASSWORD,
    )
    const changed = await self.graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { qualityDigest: false, qualityDigestLanguage: en }) { qualityDigest qualityDigestLanguage } }',
      { id: users.aFrench.id },
    )
    expect(changed.body.errors).toBeUndefined()
    expect(changed.body.data.updateUser).toEqual({
      qualityDigest: false,
      qualityDigestLanguage: 'en',
    })
    const read = 'query ($id: Int!) { User(id: $id) { name qualityDigest qualityDigestSentFor } }'
    const byAdmin = await admin.graphql(read, { id: users.aFrench.id })
    expect(byAdmin.body.data.User).toMatchObject({
      qualityDigest: false,
      qualityDigestSentFor: '2031-02',
    })
    const other = await new ApiClient(ctx.config, site.base).login(users.b.email, TEST_PASSWORD)
    const byOther = await other.graphql(read, { id: users.aFrench.id })
    expect(byOther.body.data.User).toMatchObject({
      qualityDigest: null,
      qualityDigestSentFor: null,
    })
  })

  it('the user turns the digest back on in their account; admins see it, other users do not', async () => {
    const self = await new ApiClient(ctx.config, site.base).login(
      users.aEnglish.email,
      TEST_PASSWORD,
    )
    const on = await self.patch(`/users/${users.aEnglish.id}`, { qualityDigest: true })
    expect(on.status).toBe(200)
    expect(on.body.doc.qualityDigest).toBe(true)
    const seen = await admin.get(`/users/${users.aEnglish.id}`)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({
      qualityDigest: true,
      qualityDigestLanguage: 'en',
      qualityDigestSentFor: '2031-01',
    })
    const other = await new ApiClient(ctx.config, site.base).login(users.b.email, TEST_PASSWORD)
    const hidden = await other.get(`/users/${users.aEnglish.id}`)
    expect(hidden.status).toBe(200)
    expect(hidden.body.qualityDigest).toBeUndefined()
    // The month it was last sent is the system's to write.
    await self.patch(`/users/${users.aEnglish.id}`, { qualityDigestSentFor: '2099-12' })
    const after = await ctx.payload.findByID({
      collection: 'users',
      id: users.aEnglish.id,
      overrideAccess: true,
    })
    expect(after.qualityDigestSentFor).toBe('2031-01')
  })
})
