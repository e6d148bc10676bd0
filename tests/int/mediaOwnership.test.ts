import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { connectPayload, type TestContext } from '../helpers/payload'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const FORBIDDEN = 'You are not allowed to perform this action.'

let site: RunningSite
let ctx: TestContext
let payload: Payload
let png: Buffer
let ownOrg: number
let otherOrg: number
let ownCluster: number
const people = {} as Record<'secretariat' | 'communications', { api: ApiClient; token: string }>

/** A small PNG of its own colour, so that a replaced file differs from the first. */
const image = (blue: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 90, b: blue } } })
    .png()
    .toBuffer()

/** Media as the system stores it (fixtures), owned by `organization` (or by nobody). */
async function storedMedia(organization: number | null, alt = 'A fixture image'): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: { alt, organization },
    file: { data: png, mimetype: 'image/png', name: 'fixture.png', size: png.length },
    overrideAccess: true, // fixtures are set up as the system
  })
  return doc.id
}

/** Sends a new file for media `id` (Payload's "replace"), over HTTP, as `token`'s holder. */
async function replaceFile(token: string, id: number, name: string) {
  const form = new FormData()
  const data = await image(200)
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({}))
  const response = await fetch(`${site.base}/api/media/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const stored = (id: number) =>
  payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })

async function person(role: 'secretariat' | 'communications') {
  const email = await createUser(payload, role, role === 'secretariat' ? ownOrg : undefined)
  const login = await fetch(`${site.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  return { api: await new ApiClient(ctx.config, site.base).login(email, TEST_PASSWORD), token }
}

beforeAll(async () => {
  site = await startProductionServer({ SEED_ON_START: 'false' })
  ctx = await connectPayload(site.database, site.mediaDir)
  payload = ctx.payload
  png = await image(160)
  ownOrg = await fixtureOrganization(payload)
  otherOrg = await fixtureOrganization(payload)
  ownCluster = (
    await payload.create({
      collection: 'clusters',
      data: {
        name: 'Aerospace',
        kind: 'cluster',
        region: 'greater_montreal',
        secretariat: ownOrg,
        summary: 'Planes.',
        _status: 'published',
      },
      overrideAccess: true, // fixture
    })
  ).id
  people.secretariat = await person('secretariat')
  people.communications = await person('communications')
}, 240_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
})

describe('a secretariat’s media', () => {
  it('a secretariat uploads a file, which belongs to its own organization whatever it sends', async () => {
    const response = await people.secretariat.api.upload(
      '/media',
      { name: 'logo.png', type: 'image/png', data: png },
      { alt: 'Our logo', organization: otherOrg },
    )
    expect(response.status).toBe(201)
    expect((await stored(response.body.doc.id)).organization).toBe(ownOrg)
  })

  it('cannot change, replace or delete another organization’s file (403), which stays as it was', async () => {
    const theirs = await storedMedia(otherOrg, 'Their logo')
    const { api, token } = people.secretariat
    const patch = await api.patch(`/media/${theirs}`, { alt: 'Hijacked' })
    expect([patch.status, patch.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const replaced = await replaceFile(token, theirs, 'hijack.png')
    expect([replaced.status, replaced.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const removed = await api.delete(`/media/${theirs}`)
    expect([removed.status, removed.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const graphql = await api.graphql(
      'mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "Hijacked" }) { id } }',
      { id: theirs },
    )
    expect([graphql.body.errors[0].extensions.statusCode, graphql.body.errors[0].message]).toEqual([
      403,
      FORBIDDEN,
    ])
    const after = await stored(theirs)
    expect([after.alt, after.organization]).toEqual(['Their logo', otherOrg])
    expect(after.filename).toMatch(/^fixture(-\d+)?\.png$/)
  })

  it('cannot move its file to another organization: the owner stays its own', async () => {
    const mine = await storedMedia(ownOrg)
    const response = await people.secretariat.api.patch(`/media/${mine}`, {
      organization: otherOrg,
      alt: 'Still ours',
    })
    expect(response.status).toBe(200)
    const after = await stored(mine)
    expect([after.organization, after.alt]).toEqual([ownOrg, 'Still ours'])
  })

  it('replaces the file of its own media while no published content shows it', async () => {
    const mine = await storedMedia(ownOrg)
    const response = await replaceFile(people.secretariat.token, mine, 'new-hero.png')
    expect(response.status).toBe(200)
    expect((await stored(mine)).filename).toMatch(/^new-hero(-\d+)?\.png$/)
  })

  it('cannot replace, change or delete a file that a published cluster shows (403): it uploads a new one for its draft', async () => {
    const live = await storedMedia(ownOrg, 'Live hero')
    await payload.update({
      collection: 'clusters',
      id: ownCluster,
      data: { heroImage: live, _status: 'published' },
      overrideAccess: true, // communications published it
    })
    const { api, token } = people.secretariat
    const replaced = await replaceFile(token, live, 'sneaky.png')
    expect([replaced.status, replaced.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const patch = await api.patch(`/media/${live}`, { alt: 'Changed without review' })
    expect([patch.status, patch.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const removed = await api.delete(`/media/${live}`)
    expect([removed.status, removed.body.errors[0].message]).toEqual([403, FORBIDDEN])
    const after = await stored(live)
    expect(after.alt).toBe('Live hero')
    expect(after.filename).toMatch(/^fixture(-\d+)?\.png$/)

    // The way to change it: a new file, chosen in a draft that communications reviews.
    const upload = await api.upload(
      '/media',
      { name: 'new-live.png', type: 'image/png', data: await image(90) },
      { alt: 'New hero' },
    )
    const draft = await api.patch(
      `/clusters/${ownCluster}`,
      { heroImage: upload.body.doc.id },
      { draft: 'true' },
    )
    expect(draft.status).toBe(200)
    const published = await api.anonymous().get(`/clusters/${ownCluster}`, { depth: 0 })
    expect(published.body.heroImage).toBe(live)
  })

  it('chooses only its own organization’s files for its cluster (400 on the field otherwise)', async () => {
    const theirs = await storedMedia(otherOrg)
    const mine = await storedMedia(ownOrg)
    const { api } = people.secretariat
    const refused = await api.patch(`/clusters/${ownCluster}`, { logo: theirs }, { draft: 'true' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'logo',
    ])
    const accepted = await api.patch(`/clusters/${ownCluster}`, { logo: mine }, { draft: 'true' })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc.logo.id).toBe(mine)
  })

  it('keeps a file that communications chose from the shared library when it saves its cluster', async () => {
    const shared = await storedMedia(null, 'Shared library image')
    await payload.update({
      collection: 'clusters',
      id: ownCluster,
      data: { heroImage: shared },
      draft: true,
      overrideAccess: true, // communications chose it
    })
    const response = await people.secretariat.api.patch(
      `/clusters/${ownCluster}`,
      { summary: 'Planes and drones.' },
      { draft: 'true' },
    )
    expect(response.status).toBe(200)
    expect(response.body.doc.heroImage.id).toBe(shared)
  })
})

describe('communications', () => {
  it('changes, replaces, moves and deletes any file, live or not', async () => {
    const live = await storedMedia(ownOrg, 'Live again')
    await payload.update({
      collection: 'clusters',
      id: ownCluster,
      data: { logo: live, _status: 'published' },
      overrideAccess: true, // fixture
    })
    const { api, token } = people.communications
    expect((await api.patch(`/media/${live}`, { alt: 'Reviewed' })).status).toBe(200)
    expect((await replaceFile(token, live, 'reviewed.png')).status).toBe(200)
    const moved = await api.patch(`/media/${live}`, { organization: otherOrg })
    expect(moved.status).toBe(200)
    const after = await stored(live)
    expect([after.alt, after.organization]).toEqual(['Reviewed', otherOrg])
    expect(after.filename).toMatch(/^reviewed(-\d+)?\.png$/)
    const theirs = await storedMedia(otherOrg)
    expect((await api.delete(`/media/${theirs}`)).status).toBe(200)
  })
})
