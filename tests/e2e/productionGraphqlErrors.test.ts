import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * What a GraphQL mutation that fails validation answers in production (`NODE_ENV=production`, the
 * built app): the HTTP status of the error and `errors[].extensions.data.errors[{ path, message }]`,
 * in English or in French, and nothing stored.
 */

const SECRETARIAT = {
  name: 'Marie Gagnon',
  email: 'aero-gql-errors@e2e.test',
  password: 'aero-secretariat-password',
}
const FRENCH = { 'Accept-Language': 'fr-CA,fr;q=0.9' }

type FieldError = { path: string; message: string }
type Answer = { status: number; body: any }

let site: RunningSite
let adminToken: string
let secretariatToken: string
let aerospaceId: number
let organizationId: number

async function post(path: string, body: unknown, token?: string, headers = {}): Promise<Answer> {
  const response = await fetch(`${site.base}/api${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const graphql = (
  query: string,
  token: string,
  headers: Record<string, string> = {},
  variables?: object,
) => post('/graphql', { query, variables }, token, headers)

const login = async (who: { email: string; password: string }) =>
  (await post('/users/login', { email: who.email, password: who.password })).body.token as string

/** The field errors of a GraphQL answer that failed with `status`. */
function fieldErrors(answer: Answer, status = 400): FieldError[] {
  expect(answer.status).toBe(status)
  expect(answer.body.errors).toHaveLength(1)
  return answer.body.errors[0].extensions.data.errors
}

const updateCluster = (data: string, options = '') =>
  `mutation { updateCluster(id: ${aerospaceId}${options}, data: ${data}) { id } }`

const createCluster = (data: string) => `mutation { createCluster(data: ${data}) { id } }`

const storedName = async () =>
  (
    await post(
      '/graphql',
      { query: `{ Cluster(id: ${aerospaceId}, draft: true) { name } }` },
      adminToken,
    )
  ).body.data.Cluster.name as string

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = await login(ADMIN)
  const aerospace = (
    await graphql(
      '{ Clusters(where: { slug: { equals: "aerospace" } }) { docs { id secretariat { id } } } }',
      adminToken,
    )
  ).body.data.Clusters.docs[0]
  aerospaceId = aerospace.id
  organizationId = aerospace.secretariat.id
  await post(
    '/users',
    { ...SECRETARIAT, role: 'secretariat', organization: organizationId },
    adminToken,
  )
  secretariatToken = await login(SECRETARIAT)
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('GraphQL errors in production name the field, in the reader’s language', () => {
  it.each([
    ['en', {}, 'This field is required.', 'Name'],
    ['fr', FRENCH, 'Ce champ est requis.', 'Nom'],
  ])('a missing required field on update (%s)', async (_language, headers, message, label) => {
    const before = await storedName()
    const answer = await graphql(updateCluster('{ name: null }'), adminToken, headers)
    expect(fieldErrors(answer)).toEqual([{ path: 'name', message, label }])
    expect(await storedName()).toBe(before)
  })

  it.each([
    [
      'en',
      {},
      ['This field is required.', 'Name'],
      ['A slug is required: give one, or fill in the field it is made from.', 'Slug'],
    ],
    [
      'fr',
      FRENCH,
      ['Ce champ est requis.', 'Nom'],
      [
        'Un identifiant d’URL est requis : donnez-en un, ou remplissez le champ dont il est tiré.',
        'Identifiant d’URL',
      ],
    ],
  ])(
    'a missing required field on create, and the slug made from it (%s)',
    async (_language, headers, name, slug) => {
      const answer = await graphql(
        createCluster(
          `{ kind: cluster, region: sherbrooke, summary: "S", secretariat: ${organizationId} }`,
        ),
        adminToken,
        headers,
      )
      expect(fieldErrors(answer)).toEqual([
        { path: 'name', message: name[0], label: name[1] },
        { path: 'slug', message: slug[0], label: slug[1] },
      ])
    },
  )

  it.each([
    ['en', {}, 'This field is required.'],
    ['fr', FRENCH, 'Ce champ est requis.'],
  ])(
    'a required field the schema itself requires, left out (%s)',
    async (_language, headers, message) => {
      const answer = await graphql(
        createCluster(
          `{ name: "N", region: sherbrooke, summary: "S", secretariat: ${organizationId} }`,
        ),
        adminToken,
        headers,
      )
      expect(fieldErrors(answer)).toEqual([{ path: 'kind', message }])
      expect(answer.body.errors[0].extensions.statusCode).toBe(400)
    },
  )

  it.each([
    ['en', {}, 'This field has an invalid selection: "galaxy".'],
    ['fr', FRENCH, 'Ce champ a une sélection invalide : "galaxy".'],
  ])('a value outside a select, in the document (%s)', async (_language, headers, message) => {
    const answer = await graphql(updateCluster('{ kind: galaxy }'), adminToken, headers)
    expect(fieldErrors(answer)).toEqual([{ path: 'kind', message }])
  })

  it.each([
    ['en', {}, 'This field has an invalid selection: "submitted".'],
    ['fr', FRENCH, 'Ce champ a une sélection invalide : "submitted".'],
  ])('a value outside a select, in variables (%s)', async (_language, headers, message) => {
    const answer = await graphql(
      `mutation ($data: mutationClusterUpdateInput!) {
        updateCluster(id: ${aerospaceId}, draft: true, data: $data) { id }
      }`,
      adminToken,
      headers,
      { data: { review: { state: 'submitted' } } },
    )
    expect(fieldErrors(answer)).toEqual([{ path: 'review.state', message }])
  })

  it.each([
    ['en', {}, 'Expected a number.'],
    ['fr', FRENCH, 'Un nombre est attendu.'],
  ])('a value of the wrong type (%s)', async (_language, headers, message) => {
    const answer = await graphql(
      updateCluster('{ keyFigures: [{ label: "L", display: "D", unit: jobs, value: "many" }] }'),
      adminToken,
      headers,
    )
    expect(fieldErrors(answer)).toEqual([{ path: 'keyFigures.0.value', message }])
  })

  it.each([
    ['en', {}, 'No organizations document has the id 999999.', 'Secretariat'],
    ['fr', FRENCH, 'Aucun document de organizations n’a l’identifiant 999999.', 'Secrétariat'],
  ])(
    'a relation to a document that does not exist (%s)',
    async (_language, headers, message, label) => {
      const answer = await graphql(updateCluster('{ secretariat: 999999 }'), adminToken, headers)
      expect(fieldErrors(answer)).toEqual([{ path: 'secretariat', message, label }])
    },
  )

  it.each([
    ['en', {}, 'A secretariat submits changes for review; communications decides on them.'],
    [
      'fr',
      FRENCH,
      'Un secrétariat soumet ses modifications pour révision; les communications en décident.',
    ],
  ])('a hook’s own message: the review workflow (%s)', async (_language, headers, message) => {
    const answer = await graphql(
      updateCluster('{ review: { state: changes_requested } }', ', draft: true'),
      secretariatToken,
      headers,
    )
    expect(fieldErrors(answer)).toEqual([{ path: 'review.state', message }])
  })

  it('a REST draft save with a review state outside its options is a 400, and nothing is stored', async () => {
    const response = await fetch(`${site.base}/api/clusters/${aerospaceId}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ review: { state: 'submitted' } }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toEqual([
      { path: 'review.state', message: 'This field has an invalid selection: "submitted".' },
    ])
    const stored = await graphql(
      `{ Cluster(id: ${aerospaceId}, draft: true) { review { state } } }`,
      adminToken,
    )
    expect(stored.body.data.Cluster.review.state).toBe('published')
  })

  it('the admin’s language (the payload-lng cookie) answers in French', async () => {
    const answer = await graphql(updateCluster('{ secretariat: 999999 }'), adminToken, {
      Cookie: 'payload-lng=fr',
    })
    expect(fieldErrors(answer)).toEqual([
      {
        path: 'secretariat',
        message: 'Aucun document de organizations n’a l’identifiant 999999.',
        label: 'Secrétariat',
      },
    ])
  })

  it('a client asking for French content (?locale=fr) reads French errors, from Payload and GraphQL', async () => {
    const inFrench = (data: string) =>
      post('/graphql?locale=fr', { query: updateCluster(data) }, adminToken)
    expect(fieldErrors(await inFrench('{ kind: galaxy }'))).toEqual([
      { path: 'kind', message: 'Ce champ a une sélection invalide : "galaxy".' },
    ])
    expect(fieldErrors(await inFrench('{ secretariat: 999999 }'))).toEqual([
      {
        path: 'secretariat',
        message: 'Aucun document de organizations n’a l’identifiant 999999.',
        label: 'Secrétariat',
      },
    ])
  })

  it('the top-level message is Payload’s, in French for a French request', async () => {
    const answer = await graphql(updateCluster('{ secretariat: 999999 }'), adminToken, FRENCH)
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(
      /^Le champ suivant n’est pas valide\s:\sSecrétariat$/,
    )
    expect(answer.body.errors[0].extensions.statusCode).toBe(400)
  })
})
