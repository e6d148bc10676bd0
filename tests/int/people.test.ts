import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { startSmtpInbox, type ReceivedMail } from '../helpers/smtpInbox'
import { createUser, nameOf, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
let admin: ApiClient
let comms: ApiClient
let secretariat: ApiClient
let adminEmail: string
let secretariatEmail: string
let secretariatId: number
let organization: number

const FRENCH = { 'Accept-Language': 'fr-CA,fr;q=0.9', Origin: 'http://localhost:3000' }

async function idOf(email: string): Promise<number> {
  const found = await ctx.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true, // test lookup
  })
  return found.docs[0].id
}

/** The link of the last invitation e-mail sent to `to` (quoted-printable undone). */
function invitationLink(mail: ReceivedMail): string {
  const raw = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  const link = raw.match(/https?:\/\/[^\s"<>]+\/admin\/reset\/[0-9a-f]+/)
  if (!link) throw new Error(`no invitation link in ${mail.raw}`)
  return link[0]
}

async function waitForMail(to: string, count: number): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const mails = inbox.mails.filter((mail) => mail.to.includes(to))
    if (mails.length >= count) return mails
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no e-mail to ${to}`)
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  process.env.SMTP_URL = inbox.url
  ctx = await startPayload()
  organization = await fixtureOrganization(ctx.payload)
  adminEmail = await createUser(ctx.payload, 'admin')
  admin = await new ApiClient(ctx.config).login(adminEmail, TEST_PASSWORD)
  comms = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  secretariatEmail = await createUser(ctx.payload, 'secretariat', organization)
  secretariatId = await idOf(secretariatEmail)
  secretariat = await new ApiClient(ctx.config).login(secretariatEmail, TEST_PASSWORD)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx.teardown()
  await inbox.stop()
})

describe('names, not ids', () => {
  it('creating a user without a name is a 400 naming `name`', async () => {
    const response = await admin.post('/users', {
      email: 'nameless@test.local',
      password: TEST_PASSWORD,
      role: 'communications',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'name',
    ])
  })

  it('a communications user reads another user over REST: the name and nothing else', async () => {
    const one = await comms.get(`/users/${secretariatId}`)
    expect(one.status).toBe(200)
    expect(Object.keys(one.body).sort()).toEqual(['id', 'name'])
    expect(one.body.name).toBe(nameOf(secretariatEmail))
    const list = await comms.get('/users', { limit: 100 })
    const other = list.body.docs.find((doc: { id: number }) => doc.id === secretariatId)
    expect(Object.keys(other).sort()).toEqual(['id', 'name'])
  })

  it('a communications user reads another user over GraphQL: the name and nothing else', async () => {
    const response = await comms.graphql(
      `query ($id: Int!) { User(id: $id) { id name email role active organization { id } invitation invitedAt createdAt updatedAt } }`,
      { id: secretariatId },
    )
    expect(response.body.errors).toBeUndefined()
    const user = response.body.data.User as Record<string, unknown>
    const given = Object.entries(user).filter(([, value]) => value !== null)
    expect(Object.fromEntries(given)).toEqual({ id: secretariatId, name: nameOf(secretariatEmail) })
  })

  it('another user’s e-mail cannot be searched for: a 400 naming the path', async () => {
    const response = await comms.get('/users', { where: { email: { equals: secretariatEmail } } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data).toEqual([{ path: 'email' }])
    expect(JSON.stringify(response.body)).not.toContain(secretariatEmail)
  })

  it('a user still reads all of their own account', async () => {
    const me = await secretariat.get(`/users/${secretariatId}`)
    expect(me.body).toMatchObject({ email: secretariatEmail, role: 'secretariat' })
  })

  it('a secretariat reading its own submitted item gets `submittedBy` with a name only', async () => {
    const cluster = await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Photonics',
        kind: 'cluster',
        region: 'sherbrooke',
        secretariat: organization,
        summary: 'Before',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
    const submitted = await secretariat.patch(
      `/clusters/${cluster.id}`,
      { summary: 'After', review: { state: 'in_review' } },
      { draft: 'true' },
    )
    expect(submitted.status).toBe(200)
    const read = await secretariat.get(`/clusters/${cluster.id}`, { draft: 'true', depth: 1 })
    // `collection` is the relation's collection, which Payload adds to every populated user.
    expect(read.body.review.submittedBy).toEqual({
      collection: 'users',
      id: secretariatId,
      name: nameOf(secretariatEmail),
    })
  })
})

describe('audit trail', () => {
  it('an entry keeps each changed field’s value before and after', async () => {
    const cluster = await ctx.payload.create({
      collection: 'clusters',
      data: {
        name: 'Optics',
        kind: 'cluster',
        region: 'sherbrooke',
        secretariat: organization,
        summary: 'First words',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
    await admin.patch(`/clusters/${cluster.id}`, { summary: 'Second words' })
    const entries = await admin.get('/audit-log', {
      where: { collection: { equals: 'clusters' }, documentId: { equals: String(cluster.id) } },
      sort: '-at',
    })
    expect(entries.body.docs[0].changedFields).toEqual(['summary'])
    expect(entries.body.docs[0].changes).toEqual([
      { field: 'summary', before: 'First words', after: 'Second words' },
    ])
  })

  it('a failed sign-in’s entry is titled in words, in the reader’s language', async () => {
    const email = 'someone@x.test'
    await admin.anonymous().post('/users/login', { email, password: 'not-the-password' })
    const where = { action: { equals: 'login_failed' }, userEmail: { equals: email } }
    const english = await admin.get('/audit-log', { where })
    expect(english.body.docs[0].summary).toBe('Failed sign-in: someone@x.test')
    const french = await admin.asBrowser(FRENCH).get('/audit-log', { where })
    expect(french.body.docs[0].summary).toBe('Échec de connexion : someone@x.test')
    expect(french.body.docs[0].documentTitle ?? null).toBeNull()
  })
})

describe('invitations', () => {
  const invitee = {
    name: 'Léa Bouchard',
    email: 'lea.bouchard@test.local',
    role: 'secretariat',
  }

  it('an admin invites a person, who receives a link, cannot sign in before, chooses a password and signs in', async () => {
    const invited = await admin.post('/users/invite', { ...invitee, organization })
    expect(invited.status).toBe(201)
    expect(invited.body.doc).toMatchObject({ ...invitee, invitation: 'pending' })
    const [mail] = await waitForMail(invitee.email, 1)
    expect(mail.raw).toContain('Subject: [Grappes] Your invitation to Grappes')
    const link = invitationLink(mail)
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{40}$/)

    // Nobody knows the password the invitation was created with; and a pending invitee is refused.
    const before = await admin.anonymous().post('/users/login', {
      email: invitee.email,
      password: TEST_PASSWORD,
    })
    expect(before.status).toBe(401)

    const token = link.split('/').pop()
    const chosen = 'my own long passphrase'
    const reset = await admin.anonymous().post('/users/reset-password', {
      token,
      password: chosen,
    })
    expect(reset.status).toBe(200)
    const signedIn = await admin.anonymous().post('/users/login', {
      email: invitee.email,
      password: chosen,
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user).toMatchObject({ name: invitee.name, invitation: 'accepted' })
  })

  it('a pending invitation is refused sign-in even with the right password', async () => {
    const email = 'pending@test.local'
    await admin.post('/users/invite', { name: 'Pending Person', email, role: 'communications' })
    const id = await idOf(email)
    // As if someone learned the random password: the pending invitation still refuses.
    await ctx.payload.update({
      collection: 'users',
      id,
      data: { password: TEST_PASSWORD },
      overrideAccess: true, // test setup
    })
    const login = await admin.anonymous().post('/users/login', { email, password: TEST_PASSWORD })
    expect(login.status).toBe(401)
  })

  it('an invitation can be sent again, in French by a French-speaking admin; only the new link works', async () => {
    const email = 'again@test.local'
    await admin.post('/users/invite', { name: 'Again Person', email, role: 'communications' })
    const [first] = await waitForMail(email, 1)
    const id = await idOf(email)
    const again = await admin.asBrowser(FRENCH).post(`/users/${id}/invite`, {})
    expect(again.status).toBe(200)
    expect(again.body.message).toBe(`Invitation renvoyée à ${email}.`)
    const mails = await waitForMail(email, 2)
    expect(mails[1].raw).toContain('Subject: =?UTF-8?Q?=5BGrappes=5D_Votre_invitation')
    expect(mails[1].raw).toContain('Bonjour Again Person,')
    const stale = await admin.anonymous().post('/users/reset-password', {
      token: invitationLink(first).split('/').pop(),
      password: 'another long passphrase',
    })
    expect(stale.status).toBe(403)
    const fresh = await admin.anonymous().post('/users/reset-password', {
      token: invitationLink(mails[1]).split('/').pop(),
      password: 'another long passphrase',
    })
    expect(fresh.status).toBe(200)
    const accepted = await admin.post(`/users/${id}/invite`, {})
    expect(accepted.status).toBe(409)
  })

  it('an invitation without a name is a 400 naming `name`', async () => {
    const response = await admin.post('/users/invite', { email: 'no.name@test.local' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'name',
    ])
  })

  it('a non-admin cannot invite (403)', async () => {
    const body = { name: 'X', email: 'x@test.local', role: 'admin' }
    expect((await comms.post('/users/invite', body)).status).toBe(403)
    expect((await secretariat.post('/users/invite', body)).status).toBe(403)
    expect((await admin.anonymous().post('/users/invite', body)).status).toBe(403)
    expect((await comms.post(`/users/${secretariatId}/invite`, {})).status).toBe(403)
  })
})
