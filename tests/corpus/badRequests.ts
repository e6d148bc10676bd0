/**
 * The bad-input corpus: malformed requests that must each get a 4xx with a message, never a 5xx.
 * Data, not code: every collection × every parameter kind, plus the cases reported in issue 9.
 * `status` is the exact answer where one is specific; otherwise any 4xx with a message will do.
 */
export type BadRequest = {
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  headers?: Record<string, string>
  body?: string
  status?: number
}

const collections = [
  'organizations',
  'clusters',
  'quotes',
  'companies',
  'stories',
  'ambassadors',
  'pages',
  'media',
  'users',
  'api-clients',
  'audit-log',
  'webhooks',
  'webhook-deliveries',
] as const

const versioned = [
  'organizations',
  'clusters',
  'quotes',
  'companies',
  'stories',
  'ambassadors',
  'pages',
]

/** Query strings that are wrong on any collection: every one is a 400 naming the parameter. */
const badQueries: string[] = [
  'where[id][equals]=Infinity',
  'where[id][equals]=1e309',
  'where[id][equals]=abc',
  'where[id][equals]=99999999999',
  'where[id][greater_than]=1.5',
  'where[id][in]=1,abc',
  'where[id][near]=1,2',
  'where[id][equals][x]=1',
  'where[createdAt][greater_than]=notadate',
  'where[createdAt][less_than]=99999-01-01',
  'where[createdAt][within]=x',
  'where[updatedAt][equals][x]=1',
  'where[createdAt][like]=2024',
  'where[unknown_field_x][equals]=1',
  'where[id][bogus_operator]=1',
  'where[id][exists]=maybe',
  'where[id]=1',
  'where[or]=abc',
  'where[and][0]=abc',
  'where[or][0][id][equals]=NaN',
  'where=notjson',
  'where={"id":{"equals":{"$gt":1}}}',
  'limit=1.5',
  'limit=1e308',
  'limit=-1',
  'limit=abc',
  'page=-99999999999999999999',
  'page=0',
  'page=1.5',
  'depth=-1',
  'depth=abc',
  'depth=1e9',
  'sort=unknown_field_x',
  'sort=-createdAt;drop table x',
  'select=a b',
  'select[createdAt]=maybe',
  'populate[no-such-collection][x]=true',
  'locale=xx',
  'fallback-locale=xx',
  'draft=maybe',
  'joins=abc',
  'joins[x][limit]=-1',
]

/** Ids that cannot be ids of an integer-id collection (SQLite and PostgreSQL here). */
const badIds = [
  'abc',
  '%00',
  encodeURIComponent('😀'),
  'a'.repeat(300),
  '1e309',
  '-1.5',
  '99999999999',
]

const perCollection: BadRequest[] = collections.flatMap((slug) => [
  ...badQueries.map((query): BadRequest => ({
    name: `${slug}?${query}`,
    method: 'GET',
    path: `/api/${slug}?${query}`,
    status: 400,
  })),
  ...badIds.map((id): BadRequest => ({
    name: `${slug}/${id.slice(0, 20)}`,
    method: 'GET',
    path: `/api/${slug}/${id}`,
    status: 400,
  })),
  {
    name: `${slug}/count?where[id][equals]=abc`,
    method: 'GET',
    path: `/api/${slug}/count?where[id][equals]=abc`,
    status: 400,
  },
  {
    name: `DELETE ${slug}?where[id][near]=1`,
    method: 'DELETE',
    path: `/api/${slug}?where[id][near]=1`,
    status: 400,
  },
])

const versions: BadRequest[] = versioned.flatMap((slug) => [
  {
    name: `${slug}/versions?where[version.updatedAt][greater_than]=notadate`,
    method: 'GET',
    path: `/api/${slug}/versions?where[version.updatedAt][greater_than]=notadate`,
    status: 400,
  },
  {
    name: `${slug}/versions?where[parent][equals]=abc`,
    method: 'GET',
    path: `/api/${slug}/versions?where[parent][equals]=abc`,
    status: 400,
  },
  { name: `${slug}/versions/abc`, method: 'GET', path: `/api/${slug}/versions/abc`, status: 400 },
  {
    name: `PATCH ${slug}?where[id][equals]=Infinity`,
    method: 'PATCH',
    path: `/api/${slug}?where[id][equals]=Infinity`,
    headers: { 'content-type': 'application/json' },
    body: '{}',
    status: 400,
  },
])

const globals: BadRequest[] = [
  'locale=xx',
  'depth=-1',
  'draft=maybe',
  'select[x]=maybe',
  'fallback-locale=xx',
].map((query) => ({
  name: `globals/ecosystem-figures?${query}`,
  method: 'GET',
  path: `/api/globals/ecosystem-figures?${query}`,
  status: 400,
}))

/** The ones issue 9 names, on the fields they were found on. */
const reported: BadRequest[] = [
  ...['near]=1,2', 'within]=x', 'intersects]=x', 'all]=a,b', 'equals][x]=1'].map(
    (tail): BadRequest => ({
      name: `clusters where[name][${tail}`,
      method: 'GET',
      path: `/api/clusters?where[name][${tail}`,
      status: 400,
    }),
  ),
  {
    name: 'clusters where[_status][equals]=archived',
    method: 'GET',
    path: '/api/clusters?where[_status][equals]=archived',
    status: 400,
  },
  {
    name: 'clusters where[heroImage][equals]=abc',
    method: 'GET',
    path: '/api/clusters?where[heroImage][equals]=abc',
    status: 400,
  },
  { name: 'media file .env', method: 'GET', path: '/api/media/file/.env', status: 404 },
  { name: 'media file missing', method: 'GET', path: '/api/media/file/missing.png', status: 404 },
  { name: 'media file NUL', method: 'GET', path: '/api/media/file/a%00.png', status: 404 },
  {
    name: 'media file ../',
    method: 'GET',
    path: '/api/media/file/..%2F..%2Fpackage.json',
    status: 404,
  },
  { name: 'payload-migrations', method: 'GET', path: '/api/payload-migrations', status: 404 },
  { name: 'payload-migrations/1', method: 'GET', path: '/api/payload-migrations/1', status: 404 },
  { name: 'payload-preferences', method: 'GET', path: '/api/payload-preferences' },
  { name: 'payload-jobs', method: 'GET', path: '/api/payload-jobs' },
  {
    name: 'payload-locked-documents',
    method: 'GET',
    path: '/api/payload-locked-documents?where[id][near]=1',
  },
  { name: 'bad percent-encoding', method: 'GET', path: '/api/clusters/%E0%A4%A', status: 400 },
  {
    name: 'French message',
    method: 'GET',
    path: '/api/clusters?locale=fr&limit=abc',
    status: 400,
  },
]

const json = { 'content-type': 'application/json' }
const gql = (body: string, status = 400): BadRequest => ({
  name: `graphql ${body.slice(0, 50)}`,
  method: 'POST',
  path: '/api/graphql',
  headers: json,
  body,
  status,
})

/** Malformed GraphQL: syntax, unknown fields, wrong variable types, non-JSON bodies, bad GETs. */
const graphql: BadRequest[] = [
  gql('not json'),
  gql(''),
  gql('[]'),
  gql('{"query": 5}'),
  gql('{"query": "{ Clusters { docs { id } }"}'),
  gql('{"query": "{ Clusters { docs { nope } } }"}'),
  gql('{"query": "{ Nope }"}'),
  gql('{"query": "query($id: Int!) { Cluster(id: $id) { id } }", "variables": {"id": "abc"}}'),
  gql('{"query": "query($id: Int!) { Cluster(id: $id) { id } }", "variables": {}}'),
  gql('{"query": "query($id: Int!) { Cluster(id: $id) { id } }", "variables": "x"}'),
  gql('{"query": "{ Clusters(limit: 1.5) { docs { id } } }"}'),
  gql('{"query": "{ Clusters(where: { name: { near: [1, 2] } }) { docs { id } } }"}'),
  gql('{"query": "{ Cluster(id: 99999999999999999999) { id } }"}'),
  gql('{"query": "{ __typename }", "operationName": "Missing"}'),
  gql('{"query": "mutation { updateCluster(id: 1) { id } }"}'),
  gql('{"query": "subscription { x }"}'),
  gql('{"query": "{ Clusters { docs { id } } } { Clusters { docs { id } } }"}'),
  gql('{"query": "fragment F on Cluster { ...F } { Clusters { docs { ...F } } }"}'),
  gql('{"query": "\\u0000"}'),
  {
    name: 'graphql text/plain body',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'text/plain' },
    body: '{ Clusters { docs { id } } }',
  },
  { name: 'graphql GET bad query', method: 'GET', path: '/api/graphql?query=%7B', status: 400 },
  { name: 'graphql GET no query', method: 'GET', path: '/api/graphql', status: 400 },
  {
    name: 'graphql GET unknown field',
    method: 'GET',
    path: '/api/graphql?query=%7BNope%7D',
    status: 400,
  },
  {
    name: 'graphql GET bad variables',
    method: 'GET',
    path: '/api/graphql?query=%7B__typename%7D&variables=notjson',
    status: 400,
  },
]

/** Document writes with malformed bodies (anonymous: refused before anything is stored). */
const writes: BadRequest[] = ['clusters', 'quotes', 'media'].flatMap((slug) => [
  { name: `POST ${slug} not json`, method: 'POST', path: `/api/${slug}`, headers: json, body: '{' },
  {
    name: `PATCH ${slug}/abc`,
    method: 'PATCH',
    path: `/api/${slug}/abc`,
    headers: json,
    body: '{}',
    status: 400,
  },
  { name: `DELETE ${slug}/%00`, method: 'DELETE', path: `/api/${slug}/%00`, status: 400 },
])

export const badRequests: BadRequest[] = [
  ...perCollection,
  ...versions,
  ...globals,
  ...reported,
  ...graphql,
  ...writes,
]
