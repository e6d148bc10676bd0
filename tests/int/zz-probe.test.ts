import { afterAll, beforeAll, it } from '@jest/globals'
import { ApiClient } from '../helpers/client'
import { fixtureOrganization } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => {
  await ctx.teardown()
})
it('probe', async () => {
  const editor = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'communications'),
    TEST_PASSWORD,
  )
  const org = await fixtureOrganization(ctx.payload)
  const out: Record<string, unknown> = {}
  out.txt = (
    await editor.upload(
      '/media',
      { name: 'notes.txt', type: 'text/plain', data: Buffer.from('x') },
      { alt: 'N' },
    )
  ).body
  out.missing = await editor.post('/clusters', {
    name: 'X',
    kind: 'cluster',
    region: 'sherbrooke',
    secretariat: org,
  })
  out.wrongType = await editor.post('/clusters', {
    name: 'X',
    kind: 'cluster',
    region: 'sherbrooke',
    secretariat: org,
    summary: 's',
    keyFigures: [{ label: 'l', display: 'd', unit: 'jobs', value: 'many' }],
  })
  out.wrongType2 = await editor.post('/clusters', {
    name: 12,
    kind: 'nope',
    region: 'sherbrooke',
    secretariat: org,
    summary: 's',
  })
  out.unknownRel = await editor.post('/clusters', {
    name: 'X',
    kind: 'cluster',
    region: 'sherbrooke',
    secretariat: 999999,
    summary: 's',
  })
  out.unknownRelStr = await editor.post('/clusters', {
    name: 'X',
    kind: 'cluster',
    region: 'sherbrooke',
    secretariat: 'abc',
    summary: 's',
  })
  out.gqlMissing = await editor.graphql(
    `mutation { createCluster(data: { name: "X", kind: cluster, region: sherbrooke, secretariat: ${org} }) { id } }`,
  )
  out.gqlUnknownRel = await editor.graphql(
    `mutation { createCluster(data: { name: "X", kind: cluster, region: sherbrooke, secretariat: 99999, summary: "s" }) { id } }`,
  )
  out.gqlWrongType = await editor.graphql(
    `mutation { createCluster(data: { name: "X", kind: cluster, region: sherbrooke, secretariat: "abc", summary: "s" }) { id } }`,
  )
  out.badJson = await editor.post('/clusters', undefined)
  console.log(JSON.stringify(out, (k, v) => (k === 'headers' ? undefined : v), 1).slice(0, 6000))
})
