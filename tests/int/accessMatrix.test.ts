import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import {
  accessMatrix,
  operations,
  principals,
  type Operation,
  type PrincipalName,
} from '@/access/matrix'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
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
      return { alt: `Image ${n}` }
    case 'users':
      return {
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
    case 'audit-log':
      return { action: 'login', at: new Date().toISOString(), summary: `Entry ${n}` }
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

const ok = (status: number) => status >= 200 && status < 300

/** Runs one operation as one actor through one interface; true when it was carried out. */
async function attempt(
  iface: Interface,
  actor: Actor,
  collection: string,
  op: Operation,
): Promise<boolean> {
  const t = targets[collection]
  const own = collection === 'users' ? actor.selfId : t.ownPublished
  const field = editable[collection]
  const deletable = op === 'delete' ? await fixture(collection, 'A') : undefined
  const created = op === 'create' ? newData(collection, 'A') : undefined
  const target: Record<Operation, Id | undefined> = {
    list: t.otherPublished,
    readPublished: t.otherPublished,
    readDraft: t.otherDraft,
    create: undefined,
    updateOwn: own,
    updateOther: t.otherPublished,
    publish: t.ownDraft,
    delete: deletable,
    readVersions: t.ownPublished,
  }
  const id = target[op]

  if (iface === 'REST') {
    const c = actor.rest
    switch (op) {
      case 'list': {
        const r = await c.get(`/${collection}`, { where: { id: { equals: id } }, depth: 0 })
        return ok(r.status) && r.body.docs.length === 1
      }
      case 'readPublished':
        return ok((await c.get(`/${collection}/${id}`, { depth: 0 })).status)
      case 'readDraft':
        return ok((await c.get(`/${collection}/${id}`, { draft: 'true', depth: 0 })).status)
      case 'create':
        return collection === 'media'
          ? ok(
              (await c.upload('/media', { name: 'm.png', type: 'image/png', data: png }, created!))
                .status,
            )
          : ok((await c.post(`/${collection}`, created, { draft: 'true' })).status)
      case 'updateOwn':
      case 'updateOther':
        return ok(
          (await c.patch(`/${collection}/${id}`, { [field]: 'changed' }, { draft: 'true' })).status,
        )
      case 'publish':
        return ok((await c.patch(`/${collection}/${id}`, { _status: 'published' })).status)
      case 'delete':
        return ok((await c.delete(`/${collection}/${id}`)).status)
      case 'readVersions': {
        const r = await c.get(`/${collection}/versions`, { where: { parent: { equals: id } } })
        return ok(r.status) && r.body.docs.length > 0
      }
    }
  }

  if (iface === 'GraphQL') {
    const [single, plural] = graphqlNames[collection]
    const q = async (query: string, variables: Record<string, unknown>, key: string) => {
      const r = await actor.rest.graphql(query, variables, {
        'X-Grappes-Draft': String(op === 'readDraft'),
      })
      return ok(r.status) && !r.body.errors && Boolean(r.body.data?.[key])
    }
    switch (op) {
      case 'list': {
        const r = await actor.rest.graphql(
          `query ($id: Int) { ${plural}(where: { id: { equals: $id } }) { docs { id } } }`,
          { id },
        )
        return ok(r.status) && r.body.data?.[plural]?.docs?.length === 1
      }
      case 'readPublished':
        return q(`query ($id: Int!) { ${single}(id: $id) { id } }`, { id }, single)
      case 'readDraft':
        return q(`query ($id: Int!) { ${single}(id: $id, draft: true) { id } }`, { id }, single)
      case 'create': {
        const draftArg = drafts.has(collection) ? ', draft: true' : ''
        return q(
          `mutation ($data: mutation${single}Input!) { create${single}(data: $data${draftArg}) { id } }`,
          { data: created },
          `create${single}`,
        )
      }
      case 'updateOwn':
      case 'updateOther': {
        const draftArg = drafts.has(collection) ? ', draft: true' : ''
        return q(
          `mutation ($id: Int!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data${draftArg}) { id } }`,
          { id, data: { [field]: 'changed' } },
          `update${single}`,
        )
      }
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
        return ok(r.status) && (r.body.data?.[`versions${plural}`]?.docs?.length ?? 0) > 0
      }
    }
  }

  const as = { user: actor.localUser, overrideAccess: false } as const
  const c = collection as CollectionSlug
  try {
    switch (op) {
      case 'list':
        return (
          (await payload.find({ collection: c, where: { id: { equals: id } }, depth: 0, ...as }))
            .docs.length === 1
        )
      case 'readPublished':
        await payload.findByID({ collection: c, id: id!, depth: 0, ...as })
        return true
      case 'readDraft':
        await payload.findByID({
          collection: c,
          id: id!,
          depth: 0,
          draft: true,
          req: { query: { draft: 'true' } },
          ...as,
        })
        return true
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
        return true
      }
      case 'updateOwn':
      case 'updateOther':
        await payload.update({
          collection: c,
          id: id!,
          data: { [field]: 'changed' } as never,
          draft: drafts.has(collection),
          ...as,
        })
        return true
      case 'publish':
        await payload.update({
          collection: c,
          id: id!,
          data: { _status: 'published' } as never,
          ...as,
        })
        return true
      case 'delete':
        await payload.delete({ collection: c, id: id!, ...as })
        return true
      case 'readVersions':
        return (
          (await payload.findVersions({ collection: c, where: { parent: { equals: id } }, ...as }))
            .docs.length > 0
        )
    }
  } catch {
    return false
  }
}

/** GraphQL cannot upload files; everything else runs through all three interfaces. */
const supported = (iface: Interface, collection: string, op: Operation) =>
  !(iface === 'GraphQL' && collection === 'media' && op === 'create')

beforeAll(async () => {
  ctx = await startPayload()
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
      rest: await new ApiClient(ctx.config).login(email, TEST_PASSWORD),
      localUser: { ...user, collection: 'users' },
      selfId: user.id,
    }
  }
  actors.anonymous = { rest: new ApiClient(ctx.config) }
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
    rest: new ApiClient(ctx.config).withApiKey(key),
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
})

afterAll(async () => {
  await ctx.teardown()
})

describe('the access matrix', () => {
  it('covers every collection of the config', () => {
    const configured = ctx.config.collections
      .map((c) => c.slug)
      .filter((slug) => !slug.startsWith('payload-'))
    expect(Object.keys(accessMatrix).sort()).toEqual(configured.sort())
  })

  const cells = Object.entries(accessMatrix).flatMap(([collection, rows]) =>
    principals.flatMap((principal) =>
      (Object.keys(operations) as Operation[]).flatMap((op) =>
        rows[principal][op] === null
          ? []
          : [{ collection, principal, op, allowed: rows[principal][op] as boolean }],
      ),
    ),
  )

  describe.each(['REST', 'GraphQL', 'Local'] as Interface[])('through %s', (iface) => {
    it.each(cells.filter((cell) => supported(iface, cell.collection, cell.op)))(
      '$principal $op on $collection: allowed=$allowed',
      async ({ collection, principal, op, allowed }) => {
        expect(await attempt(iface, actors[principal], collection, op)).toBe(allowed)
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
