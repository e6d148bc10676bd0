import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { GraphQLSchema } from 'graphql'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * patches/@payloadcms+next+3.90.1.patch: graphql-js's own validation rules (which read only the
 * schema and the document) ran on every request, and one of them, KnownTypeNamesRule, lists every
 * type name of Payload's schema each time (about 1.4 ms of a 10 ms GraphQL read, by
 * `npm run bench:profile`). Their outcome is now kept per document text: a document seen before
 * is not checked against the schema again, and its errors are the same. The rules that depend on
 * the request (the cost, with its variables) still run every time (tests/int/graphqlLimits*).
 */
let ctx: TestContext
let client: ApiClient

/** Payload's schema, as its GraphQL handler built and keeps it. */
const payloadSchema = () =>
  (globalThis as { _payload_graphql?: { graphql?: { schema: GraphQLSchema } } })._payload_graphql
    ?.graphql?.schema

beforeAll(async () => {
  ctx = await startPayload()
  client = new ApiClient(ctx.config)
}, 300_000)
afterAll(async () => {
  await ctx?.teardown()
})

describe("graphql-js's own rules run once per document", () => {
  it('a document seen before is not checked against the schema again', async () => {
    const query = '{ Clusters(limit: 1) { docs { name } } }'
    expect((await client.graphql(query)).status).toBe(200)
    const schema = payloadSchema()!
    const typeMapReads = jest.spyOn(schema, 'getTypeMap')
    try {
      for (let i = 0; i < 3; i += 1) expect((await client.graphql(query)).status).toBe(200)
      expect(typeMapReads).toHaveBeenCalledTimes(0)
      expect((await client.graphql('{ Companies(limit: 1) { docs { name } } }')).status).toBe(200)
      expect(typeMapReads).toHaveBeenCalledTimes(1)
    } finally {
      typeMapReads.mockRestore()
    }
  })

  it('a refused document is refused the same way every time', async () => {
    const query = '{ Clusters { docs { nme } } }'
    const answers = [await client.graphql(query), await client.graphql(query)]
    for (const answer of answers) {
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({
        errors: [
          {
            message: 'Cannot query field "nme" on type "Cluster". Did you mean "name"?',
            locations: [{ line: 1, column: 21 }],
          },
        ],
      })
    }
  })

  it('a variable the cost depends on is still counted on every request', async () => {
    const query = 'query ($n: Int) { Clusters(limit: $n) { docs { name } } }'
    expect((await client.graphql(query, { n: 1 })).status).toBe(200)
    const tooMany = await client.graphql(query, { n: 100_000 })
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(tooMany.body)).toMatch(/Query cost \d+ exceeds the maximum/)
  })
})
