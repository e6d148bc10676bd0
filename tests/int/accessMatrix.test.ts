import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  Forbidden,
  NotFound,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'
import sharp from 'sharp'

import {
  accessMatrix,
  inAccessMatrix,
  operations,
  principals,
  type Operation,
  type Outcome,
  type PrincipalName,
} from '@/access/matrix'
import { ApiClient, type JsonResponse } from '../helpers/client'
import { connectPayload, type TestContext } from '../helpers/payload'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

type Id = number
type Interface = 'REST' | 'GraphQL' | 'Local'
type Actor = { rest: ApiClient; localUser?: PayloadRequest['user']; selfId?: Id }
type Targets = { otherPublished: Id; otherDraft?: Id; ownPublished?: Id; ownDraft?: Id }

const graphqlNames: Record<string, [single: string, plural: string]> = {
  organizations: ['Organization', 'Organizations'],
  clusters: ['Cluster', 'Clusters'],
  quotes: ['Quote', 'Quotes'],
  companies: ['Company', 'Companies'],
  stories: ['Story', 'Stories'],
  ambassadors: ['Ambassador', 'Ambassadors'],
  pages: ['Page', 'Pages'],
  media: ['Media', 'allMedia'],
  users: ['User', 'Users'],
  'api-clients': ['ApiClient', 'ApiClients'],
  'audit-log': ['AuditLog', 'AuditLogs'],
  webhooks: ['Webhook', 'Webhooks'],
  'webhook-deliveries': ['WebhookDelivery', 'WebhookDeliveries'],
  'payload-mcp-api-keys': ['PayloadMcpApiKey', 'PayloadMcpApiKeys'],
  redirects: ['Redirect', 'Redirects'],
  'link-checks': ['LinkCheck', 'LinkChecks'],
  releases: ['Release', 'Releases'],
}
const editable: Record<string, string> = {
  organizations: 'name',
  clusters: 'summary',
  quotes: 'text',
  companies: 'name',
  stories: 'title',
  ambassadors: 'role',
  pages: 'title',
  media: 'alt',
  users: 'name',
  'api-clients': 'name',
  'audit-log': 'summary',
  webhooks: 'name',
  'webhook-deliveries': 'summary',
  'payload-mcp-api-keys': 'label',
  redirects: 'from',
  'link-checks': 'error',
  releases: 'title',
}
const drafts = new Set([
  'organizations',
  'clusters',
  'quotes',
  'companies',
  'stories',
  'ambassadors',
  'pages',
])

let site: RunningSite
let ctx: TestContext
let payload: Payload
let png: Buffer
const org: Record<'A' | 'B', Id> = { A: 0, B: 0 }
const cluster: Record<'A' | 'B', Id> = { A: 0, B: 0 }
const actors = {} as Record<PrincipalName, Actor>
const targets = {} as Record<string, Targets>
let counter = 0
let fixtureWebhook: Id = 0

/** A valid new document of `collection`, owned by organization `owner`, as a client would send it. */
function newData(collection: string, owner: 'A' | 'B'): Record<string, unknown> {
  const n = ++counter
  switch (collection) {
    case 'organizations':
      return { name: `Org ${n}`, kind: 'movement', region: 'quebec' }
    case 'clusters':
      return {
        name: `Cluster ${n}`,
        kind: 'cluster',
        region: 'sherbrooke',
        secretariat: org[owner],
        summary: 's',
      }
    case 'quotes':
      return {
        text: `Quote ${n}`,
        speakerName: `Speaker ${n}`,
        organization: org[owner],
        cluster: cluster[owner],
      }
    case 'companies':
      return { name: `Company ${n}`, clusters: [cluster[owner]] }
    case 'stories':
      return { title: `Story ${n}` }
    case 'ambassadors':
      return { name: `Ambassador ${n}`, role: 'Founder' }
    case 'pages':
      return {
        title: `Page ${n}`,
        layout: [
          { blockType: 'callToAction', links: [{ label: 'Home', url: 'https://example.org' }] },
        ],
      }
    case 'media':
      return { alt: `Image ${n}`, organization: org[owner] }
    case 'users':
      return {
        name: `User ${n}`,
        email: `user${n}@matrix.test`,
        password: TEST_PASSWORD,
        role: 'secretariat',
        organization: org[owner],
      }
    case 'api-clients':
      return { name: `Client ${n}` }
    case 'webhooks':
      return { name: `Hook ${n}`, url: 'https://example.org/hook' }
    case 'webhook-deliveries':
      return { webhook: fixtureWebhook, event: 'publish', body: { n } }
    case 'redirects':
      return { from: `/moved-${n}`, to: { type: 'custom', url: '/clusters' } }
    case 'releases':
      return { title: `Release ${n}` }
    case 'audit-log':
      return { action: 'login', at: new Date().toISOString(), summary: `Entry ${n}` }
    case 'link-checks':
      return {
        url: `https://example.org/${n}`,
        ok: true,
        status: 200,
        checkedAt: new Date().toISOString(),
      }
    case 'payload-mcp-api-keys':
      // `user` is the issuer: set by fixtures; over the APIs Payload sets it to whoever creates.
      return { label: `Assistant ${n}`, user: actors.admin.selfId }
    default:
      throw new Error(`no fixture for ${collection}: add it to the access matrix test`)
  }
}

/** Stored as the system (fixtures), published or draft. */
async function fixture(
  collection: string,
  owner: 'A' | 'B',
  status: 'published' | 'draft' = 'published',
): Promise<Id> {
  const data = {
    ...newData(collection, owner),
    ...(drafts.has(collection) ? { _status: status } : {}),
  }
  const file =
    collection === 'media'
      ? { data: png, mimetype: 'image/png', name: `f${counter}.png`, size: png.length }
      : undefined
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: data as never,
    draft: status === 'draft',
    file,
    overrideAccess: true,
  })
  return doc.id as Id
}

const FORBIDDEN = 'You are not allowed to perform this action.'
const NOT_FOUND = 'Not Found'
const LOCKS = 'payload-locked-documents'
/** What an attempt ended in: an outcome of the matrix, or a description of anything else. */
type Result = Outcome | `unexpected ${string}`

const restResult = (r: JsonResponse, done = true): Result => {
  if (r.status >= 200 && r.status < 300) return done ? 'allowed' : 'hidden'
  const message = r.body?.errors?.[0]?.message
  if (r.status === 403 && message === FORBIDDEN) return 'forbidden'
  if (r.status === 404 && message === NOT_FOUND) return 'notFound'
  return `unexpected ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`
}

const graphqlResult = (r: JsonResponse, key: string, done?: (data: any) => boolean): Result => {
  const error = r.body?.errors?.[0]
  if (!error && r.body?.data?.[key]) return !done || done(r.body.data[key]) ? 'allowed' : 'hidden'
  if (error?.extensions?.statusCode === 403 && error.message === FORBIDDEN) return 'forbidden'
  if (error?.extensions?.statusCode === 404 && error.message === NOT_FOUND) return 'notFound'
  return `unexpected ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`
}

const localResult = (error: unknown): Result => {
  if (error instanceof Forbidden) return 'forbidden'
  if (error instanceof NotFound) return 'notFound'
  return `unexpected ${(error as Error).name}: ${(error as Error).message}`
}

/** A published document of organization A with a draft saved over it: a version to restore. */
async function draftVersionOf(collection: string): Promise<{ parent: Id; version: Id }> {
  const parent = await fixture(collection, 'A')
  await payload.update({
    collection: collection as CollectionSlug,
    id: parent,
    data: { [editable[collection]]: 'draft words' } as never,
    draft: true,
    overrideAccess: true, // fixture
  })
  const { docs } = await payload.findVersions({
    collection: collection as CollectionSlug,
    where: { parent: { equals: parent } },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true, // fixture
  })
  return { parent, version: Number(docs[0].id) }
}

/** A lock held by someone other than `principal`, as the admin stores it. */
async function othersLock(collection: string, target: Id, principal: PrincipalName): Promise<Id> {
  const holder = principal === 'admin' ? actors.communications : actors.admin
  const lock = await payload.create({
    collection: LOCKS,
    data: {
      document: { relationTo: collection as never, value: target },
      user: { relationTo: 'users', value: holder.selfId! },
    },
    overrideAccess: true, // fixture
  })
  return lock.id as Id
}

/** GraphQL spells a polymorphic relationship's collection as an enum name. */
const enumName = (slug: string) => slug.replace(/-/g, '_')

/** Runs one operation as one actor through one interface and tells how it ended. */
async function attempt(
  iface: Interface,
  principal: PrincipalName,
  collection: string,
  op: Operation,
): Promise<Result> {
  const result = await run(iface, principal, collection, op)
  // A lock left behind would refuse the next principal's updates (423 Locked).
  if (op === 'lock' || op === 'unlock')
    await payload.delete({ collection: LOCKS, where: {}, overrideAccess: true })
  return result
}

async function run(
  iface: Interface,
  principal: PrincipalName,
  collection: string,
  op: Operation,
): Promise<Result> {
  const actor = actors[principal]
  const t = targets[collection]
  const own = collection === 'users' ? actor.selfId : t.ownPublished
  const lockTarget = own ?? t.otherPublished
  const field = editable[collection]
  const fresh = [
    'delete',
    'updateLive',
    'updateDraftFalse',
    'unpublish',
    'bulkUpdate',
    'duplicate',
  ].includes(op)
    ? await fixture(collection, 'A')
    : undefined
  const restore = op === 'restoreVersion' ? await draftVersionOf(collection) : undefined
  const lock = op === 'unlock' ? await othersLock(collection, lockTarget, principal) : undefined
  const created = op === 'create' ? newData(collection, 'A') : undefined
  const lockData = {
    document: { relationTo: collection, value: lockTarget },
    user: {
      relationTo: actor.localUser?.collection ?? 'users',
      value: actor.selfId ?? actor.localUser?.id ?? actors.admin.selfId,
    },
  }
  const target: Record<Operation, Id | undefined> = {
    list: t.otherPublished,
    readPublished: t.otherPublished,
    readDraft: t.otherDraft,
    create: undefined,
    updateOwn: own,
    updateOther: t.otherPublished,
    publish: t.ownDraft,
    delete: fresh,
    readVersions: t.ownPublished,
    updateLive: fresh,
    updateDraftFalse: fresh,
    unpublish: fresh,
    bulkUpdate: fresh,
    restoreVersion: restore?.version,
    duplicate: fresh,
    lock: lockTarget,
    unlock: lock,
  }
  const id = target[op]

  if (iface === 'REST') {
    const c = actor.rest
    switch (op) {
      case 'list': {
        const r = await c.get(`/${collection}`, { where: { id: { equals: id } }, depth: 0 })
        return restResult(r, r.body?.docs?.length === 1)
      }
      case 'readPublished':
        return restResult(await c.get(`/${collection}/${id}`, { depth: 0 }))
      case 'readDraft':
        return restResult(await c.get(`/${collection}/${id}`, { draft: 'true', depth: 0 }))
      case 'create':
        return collection === 'media'
          ? restResult(
              await c.upload('/media', { name: 'm.png', type: 'image/png', data: png }, created!),
            )
          : restResult(await c.post(`/${collection}`, created, { draft: 'true' }))
      case 'updateOwn':
      case 'updateOther':
        return restResult(
          await c.patch(`/${collection}/${id}`, { [field]: 'changed' }, { draft: 'true' }),
        )
      case 'publish':
        return restResult(await c.patch(`/${collection}/${id}`, { _status: 'published' }))
      case 'delete':
        return restResult(await c.delete(`/${collection}/${id}`))
      case 'readVersions': {
        const r = await c.get(`/${collection}/versions`, { where: { parent: { equals: id } } })
        return restResult(r, r.body?.docs?.length > 0)
      }
      case 'updateLive':
        return restResult(await c.patch(`/${collection}/${id}`, { [field]: 'live' }))
      case 'updateDraftFalse':
        return restResult(
          await c.patch(`/${collection}/${id}`, { [field]: 'live' }, { draft: 'false' }),
        )
      case 'unpublish':
        return restResult(await c.patch(`/${collection}/${id}`, { _status: 'draft' }))
      case 'bulkUpdate': {
        const r = await c.patch(
          `/${collection}`,
          { [field]: 'bulk' },
          { where: { id: { equals: id } } },
        )
        return restResult(r, r.body?.docs?.length === 1 && r.body?.errors?.length === 0)
      }
      case 'restoreVersion':
        return restResult(await c.post(`/${collection}/versions/${id}`, {}))
      case 'duplicate':
        return restResult(await c.post(`/${collection}/${id}/duplicate`, {}, { draft: 'false' }))
      case 'lock':
        return restResult(await c.post(`/${LOCKS}`, lockData))
      case 'unlock':
        return restResult(await c.delete(`/${LOCKS}/${id}`))
    }
  }

  if (iface === 'GraphQL') {
    const [single, plural] = graphqlNames[collection]
    const q = async (query: string, variables: Record<string, unknown>, key: string) =>
      graphqlResult(
        await actor.rest.graphql(query, variables, {
          'X-Grappes-Draft': String(op === 'readDraft'),
        }),
        key,
      )
    const draftArg = drafts.has(collection) ? ', draft: true' : ''
    const update = (data: Record<string, unknown>, args: string) =>
      q(
        `mutation ($id: Int!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data${args}) { id } }`,
        { id, data },
        `update${single}`,
      )
    switch (op) {
      case 'list': {
        const r = await actor.rest.graphql(
          `query ($id: Int) { ${plural}(where: { id: { equals: $id } }) { docs { id } } }`,
          { id },
        )
        return graphqlResult(r, plural, (data) => data.docs.length === 1)
      }
      case 'readPublished':
        return q(`query ($id: Int!) { ${single}(id: $id) { id } }`, { id }, single)
      case 'readDraft':
        return q(`query ($id: Int!) { ${single}(id: $id, draft: true) { id } }`, { id }, single)
      case 'create':
        return q(
          `mutation ($data: mutation${single}Input!) { create${single}(data: $data${draftArg}) { id } }`,
          { data: created },
          `create${single}`,
        )
      case 'updateOwn':
      case 'updateOther':
        return update({ [field]: 'changed' }, draftArg)
      case 'publish':
        return q(
          `mutation ($id: Int!) { update${single}(id: $id, data: { _status: published }) { id } }`,
          { id },
          `update${single}`,
        )
      case 'delete':
        return q(
          `mutation ($id: Int!) { delete${single}(id: $id) { id } }`,
          { id },
          `delete${single}`,
        )
      case 'readVersions': {
        const r = await actor.rest.graphql(
          `query ($id: JSON) { versions${plural}(where: { parent: { equals: $id } }) { docs { id } } }`,
          { id },
        )
        return graphqlResult(r, `versions${plural}`, (data) => data.docs.length > 0)
      }
      case 'updateLive':
        return update({ [field]: 'live' }, '')
      case 'updateDraftFalse':
        return update({ [field]: 'live' }, ', draft: false')
      case 'unpublish':
        return q(
          `mutation ($id: Int!) { update${single}(id: $id, data: { _status: draft }) { id } }`,
          { id },
          `update${single}`,
        )
      case 'bulkUpdate':
        throw new Error('GraphQL has no bulk update')
      case 'restoreVersion':
        return q(
          `mutation ($id: Int!) { restoreVersion${single}(id: $id) { id } }`,
          { id },
          `restoreVersion${single}`,
        )
      case 'duplicate':
        return q(
          `mutation ($id: Int!, $data: mutation${single}Input!) { duplicate${single}(id: $id, data: $data) { id } }`,
          { id, data: newData(collection, 'A') },
          `duplicate${single}`,
        )
      case 'lock': {
        const data = {
          document: { relationTo: enumName(collection), value: lockTarget },
          user: { relationTo: enumName(lockData.user.relationTo), value: lockData.user.value },
        }
        return q(
          `mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }`,
          { data },
          'createPayloadLockedDocument',
        )
      }
      case 'unlock':
        return q(
          `mutation ($id: Int!) { deletePayloadLockedDocument(id: $id) { id } }`,
          { id },
          'deletePayloadLockedDocument',
        )
    }
  }

  const as = { user: actor.localUser, overrideAccess: false } as const
  const c = collection as CollectionSlug
  const update = (data: Record<string, unknown>, draft: boolean | undefined) =>
    payload.update({ collection: c, id: id!, data: data as never, draft, ...as })
  try {
    switch (op) {
      case 'list': {
        const { docs } = await payload.find({
          collection: c,
          where: { id: { equals: id } },
          depth: 0,
          ...as,
        })
        return docs.length === 1 ? 'allowed' : 'hidden'
      }
      case 'readPublished':
        await payload.findByID({ collection: c, id: id!, depth: 0, ...as })
        return 'allowed'
      case 'readDraft':
        await payload.findByID({
          collection: c,
          id: id!,
          depth: 0,
          draft: true,
          req: { query: { draft: 'true' } },
          ...as,
        })
        return 'allowed'
      case 'create': {
        const file =
          collection === 'media'
            ? { data: png, mimetype: 'image/png', name: 'l.png', size: png.length }
            : undefined
        await payload.create({
          collection: c,
          data: created as never,
          draft: drafts.has(collection),
          file,
          ...as,
        })
        return 'allowed'
      }
      case 'updateOwn':
      case 'updateOther':
        await update({ [field]: 'changed' }, drafts.has(collection))
        return 'allowed'
      case 'publish':
        await update({ _status: 'published' }, undefined)
        return 'allowed'
      case 'delete':
        await payload.delete({ collection: c, id: id!, ...as })
        return 'allowed'
      case 'readVersions': {
        const { docs } = await payload.findVersions({
          collection: c,
          where: { parent: { equals: id } },
          ...as,
        })
        return docs.length > 0 ? 'allowed' : 'hidden'
      }
      case 'updateLive':
        await update({ [field]: 'live' }, undefined)
        return 'allowed'
      case 'updateDraftFalse':
        await update({ [field]: 'live' }, false)
        return 'allowed'
      case 'unpublish':
        await update({ _status: 'draft' }, undefined)
        return 'allowed'
      case 'bulkUpdate': {
        const r = await payload.update({
          collection: c,
          where: { id: { equals: id } },
          data: { [field]: 'bulk' } as never,
          ...as,
        })
        return r.docs.length === 1 && r.errors.length === 0
          ? 'allowed'
          : `unexpected ${JSON.stringify(r.errors)}`
      }
      case 'restoreVersion':
        await payload.restoreVersion({ collection: c, id: String(id), ...as })
        return 'allowed'
      case 'duplicate':
        await payload.duplicate({ collection: c, id: id!, draft: false, ...as })
        return 'allowed'
      case 'lock':
        await payload.create({ collection: LOCKS, data: lockData as never, ...as })
        return 'allowed'
      case 'unlock':
        await payload.delete({ collection: LOCKS, id: id!, ...as })
        return 'allowed'
    }
  } catch (error) {
    return localResult(error)
  }
}

/** GraphQL cannot upload files; everything else runs through all three interfaces. */
const supported = (iface: Interface, collection: string, op: Operation) =>
  iface !== 'GraphQL' || (op !== 'bulkUpdate' && !(collection === 'media' && op === 'create'))

/**
 * REST and GraphQL cells go over real HTTP to the production server (`NODE_ENV=production`, the
 * production build, Express with its limits, cache and checks in front of Next); Local API cells
 * and fixtures run in this process on the server's own database. The response cache stays on, as
 * in production: fixtures made here behind its back are new documents, so no cached answer can
 * be stale, and every change to an existing document goes through the server (or comes last, in
 * the Local API cells). GraphQL's rate limit is raised: the matrix sends about 900 documents.
 */
beforeAll(async () => {
  site = await startProductionServer({ SEED_ON_START: 'false', RATE_LIMIT_GRAPHQL: '100000' })
  ctx = await connectPayload(site.database, site.mediaDir)
  payload = ctx.payload
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  org.A = await fixture('organizations', 'A')
  org.B = await fixture('organizations', 'B')
  cluster.A = await fixture('clusters', 'A')
  cluster.B = await fixture('clusters', 'B')

  const person = async (role: 'secretariat' | 'communications' | 'admin'): Promise<Actor> => {
    const email = await createUser(payload, role, role === 'secretariat' ? org.A : undefined)
    const user = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
    ).docs[0]
    return {
      rest: await new ApiClient(ctx.config, site.base).login(email, TEST_PASSWORD),
      localUser: { ...user, collection: 'users' },
      selfId: user.id,
    }
  }
  actors.anonymous = { rest: new ApiClient(ctx.config, site.base) }
  actors.secretariat = await person('secretariat')
  actors.communications = await person('communications')
  actors.admin = await person('admin')
  const key = 'matrix-api-key-0123456789abcdef'
  const client = await payload.create({
    collection: 'api-clients',
    data: { name: 'Matrix front end', enableAPIKey: true, apiKey: key },
    overrideAccess: true,
  })
  actors.apiClient = {
    rest: new ApiClient(ctx.config, site.base).withApiKey(key),
    localUser: { ...client, collection: 'api-clients' } as PayloadRequest['user'],
  }

  fixtureWebhook = await fixture('webhooks', 'A')
  for (const collection of Object.keys(accessMatrix)) {
    const hasDrafts = drafts.has(collection)
    targets[collection] = {
      otherPublished: collection === 'clusters' ? cluster.B : await fixture(collection, 'B'),
      otherDraft: hasDrafts ? await fixture(collection, 'B', 'draft') : undefined,
      ownPublished: hasDrafts
        ? collection === 'clusters'
          ? cluster.A
          : await fixture(collection, 'A')
        : undefined,
      ownDraft: hasDrafts ? await fixture(collection, 'A', 'draft') : undefined,
    }
  }
}, 240_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
})

describe('the access matrix', () => {
  it('covers every collection of the config', () => {
    const configured = ctx.config.collections.map((c) => c.slug).filter(inAccessMatrix)
    expect(Object.keys(accessMatrix).sort()).toEqual(configured.sort())
  })

  it('sends its REST and GraphQL cells over HTTP to the production server and its cache', async () => {
    const hsts = 'max-age=31536000; includeSubDomains' // sent by the Express host in production only
    const rest = await actors.anonymous.rest.get('/clusters', { limit: 1, depth: 0 })
    const graphql = await actors.anonymous.rest.graphql(
      'query { Clusters(limit: 1) { docs { id } } }',
    )
    expect([rest.status, rest.headers.get('strict-transport-security')]).toEqual([200, hsts])
    // Computed for this read, or by the refresh-ahead of an earlier change while it was asked.
    expect(['MISS', 'SHARED']).toContain(rest.headers.get('x-cache'))
    expect([graphql.status, graphql.headers.get('strict-transport-security')]).toEqual([200, hsts])
  })

  const cells = Object.entries(accessMatrix).flatMap(([collection, rows]) =>
    principals.flatMap((principal) =>
      (Object.keys(operations) as Operation[]).flatMap((op) =>
        rows[principal][op] === null
          ? []
          : [{ collection, principal, op, expected: rows[principal][op] as Outcome }],
      ),
    ),
  )

  describe.each(['REST', 'GraphQL', 'Local'] as Interface[])('through %s', (iface) => {
    it.each(cells.filter((cell) => supported(iface, cell.collection, cell.op)))(
      '$principal $op on $collection: $expected',
      async ({ collection, principal, op, expected }) => {
        expect(await attempt(iface, principal, collection, op)).toBe(expected)
      },
    )
  })
})

describe('docs/roles.md', () => {
  it('shows the matrix the tests run (regenerate with npm run docs:roles)', async () => {
    const { readFileSync } = await import('node:fs')
    const { renderAccessMatrix } = await import('@/access/matrix')
    expect(readFileSync('docs/roles.md', 'utf8')).toBe(`${renderAccessMatrix()}\n`)
  })
})
