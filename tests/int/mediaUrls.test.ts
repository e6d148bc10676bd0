import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { responseCaching } from '@/server/responseCache/responseCaching'
import { readEnv } from '@/env'
import { startApiServer } from '../helpers/apiServer'
import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

type PopulatedMedia = {
  url: string | null
  alt: string
  sizes: Record<string, { url: string | null }>
}

const SIZES = ['thumbnail', 'card', 'hero']

let ctx: TestContext
let server: Awaited<ReturnType<typeof startApiServer>>
let editor: ApiClient
let anonymous: ApiClient
let mediaId: number
let clusterId: number
let companyId: number
let storyId: number

/** The original's URL and every size's, in a fixed order, so a missing one shows as null. */
const urlsOf = (media: PopulatedMedia): Array<string | null> => [
  media.url,
  ...SIZES.map((size) => media.sizes[size]?.url ?? null),
]

/** Every URL answers 200 with an image over HTTP, from the server front ends call. */
async function expectImages(urls: Array<string | null>): Promise<void> {
  expect(urls).toEqual(urls.map(() => expect.stringMatching(/\/api\/media\/file\/.+/)))
  for (const url of urls) {
    const response = await fetch(`${server.base}${new URL(url ?? '', server.base).pathname}`)
    expect({ url, status: response.status }).toEqual({ url, status: 200 })
    expect(response.headers.get('content-type')).toMatch(/^image\//)
    await response.arrayBuffer()
  }
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startApiServer(
    ctx,
    responseCaching({ ...readEnv(), redisUrl: undefined }, ctx.payload),
  )
  editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  anonymous = editor.anonymous()
  const png = await sharp({
    create: { width: 2400, height: 1600, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const upload = await editor.upload(
    '/media',
    { name: 'harbour.png', type: 'image/png', data: png },
    { alt: 'The port of Montréal' },
  )
  mediaId = upload.body.doc.id
  const organization = (
    await editor.post('/organizations', {
      name: 'Aéro Montréal',
      kind: 'secretariat',
      region: 'greater_montreal',
      _status: 'published',
    })
  ).body.doc.id
  clusterId = (
    await editor.post('/clusters', {
      name: 'Aerospace',
      kind: 'cluster',
      region: 'greater_montreal',
      secretariat: organization,
      summary: 'Aircraft.',
      heroImage: mediaId,
      _status: 'published',
    })
  ).body.doc.id
  companyId = (
    await editor.post('/companies', { name: 'CAE', logo: mediaId, _status: 'published' })
  ).body.doc.id
  storyId = (
    await editor.post('/stories', { title: 'Take-off', heroImage: mediaId, _status: 'published' })
  ).body.doc.id
})

afterAll(async () => {
  await server?.stop()
  await ctx?.teardown()
})

describe('populated uploads carry their URLs', () => {
  it('over REST: a cluster hero image, a company logo and a story photo', async () => {
    const cluster = await anonymous.get(`/clusters/${clusterId}`, { depth: 1 })
    const company = await anonymous.get(`/companies/${companyId}`, { depth: 1 })
    const story = await anonymous.get(`/stories/${storyId}`, { depth: 1 })
    expect(cluster.body.heroImage.alt).toBe('The port of Montréal')
    await expectImages(urlsOf(cluster.body.heroImage))
    await expectImages(urlsOf(company.body.logo))
    await expectImages(urlsOf(story.body.heroImage))
  })

  it('over REST lists too', async () => {
    const { body } = await anonymous.get('/clusters', { depth: 1 })
    await expectImages(urlsOf(body.docs[0].heroImage))
  })

  it('over GraphQL', async () => {
    const media = `{ url alt sizes { ${SIZES.map((size) => `${size} { url }`).join(' ')} } }`
    const { body } = await anonymous.graphql(
      `query ($cluster: Int!, $company: Int!, $story: Int!) {
        Cluster(id: $cluster) { heroImage ${media} }
        Company(id: $company) { logo ${media} }
        Story(id: $story) { heroImage ${media} }
      }`,
      { cluster: clusterId, company: companyId, story: storyId },
    )
    expect(body.errors).toBeUndefined()
    await expectImages(urlsOf(body.data.Cluster.heroImage))
    await expectImages(urlsOf(body.data.Company.logo))
    await expectImages(urlsOf(body.data.Story.heroImage))
  })

  it('over the Local API', async () => {
    const read = { depth: 1, overrideAccess: false } as const
    const cluster = await ctx.payload.findByID({ collection: 'clusters', id: clusterId, ...read })
    const company = await ctx.payload.findByID({ collection: 'companies', id: companyId, ...read })
    const story = await ctx.payload.findByID({ collection: 'stories', id: storyId, ...read })
    await expectImages(urlsOf(cluster.heroImage as PopulatedMedia))
    await expectImages(urlsOf(company.logo as PopulatedMedia))
    await expectImages(urlsOf(story.heroImage as PopulatedMedia))
  })
})
