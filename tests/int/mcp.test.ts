import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'

import { messages } from '@/i18n/messages'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'

/**
 * The read-only MCP endpoint (`POST /api/mcp`) on the production server, spoken to as an AI
 * assistant speaks to it: the official MCP client over streamable HTTP, with an API key an
 * admin made. Whoever made the key, it reads what an anonymous REST read returns.
 */

const KEY = 'mcp-test-key-0123456789abcdef0123'
const EDITOR = { email: 'mcp-editor@test.grappes.local', password: 'an-editor-password-for-mcp' }
const READ_TOOLS = [
  'findAmbassadors',
  'findClusters',
  'findCompanies',
  'findEcosystemFigures',
  'findMedia',
  'findOrganizations',
  'findPages',
  'findQuotes',
  'findStories',
]

let site: RunningSite
let adminToken: string
let editorToken: string
let keyId: number

const api = (path: string, init: Parameters<typeof apiAnswer>[2] = {}) =>
  apiAnswer(site, path, init)

const login = async (email: string, password: string) =>
  (await api('/users/login', { method: 'POST', body: { email, password } })).body.token as string

/** An MCP client connected with `key` (none when undefined), as an assistant's host connects. */
async function connect(key?: string): Promise<Client> {
  const client = new Client({ name: 'grappes-test-assistant', version: '1.0.0' })
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {}
  const transport = new StreamableHTTPClientTransport(new URL(`${site.base}/api/mcp`), {
    requestInit: { headers },
  })
  await client.connect(transport)
  return client
}

/** A JSON-RPC request sent by hand, as curl sends it: its status and body. */
async function rawCall(headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${site.base}/api/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, text: await response.text() }
}

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'curl', version: '1' },
  },
}

type Found = { total: number; docs: Array<Record<string, any>> }

/** The find tool's answer: "Total: N documents" and one JSON block per document. */
function found(result: Awaited<ReturnType<Client['callTool']>>): Found {
  const text = (result.content as Array<{ type: string; text: string }>)[0].text
  const total = /Total: (\d+) documents/.exec(text)
  if (!total) throw new Error(`not a list: ${text.slice(0, 300)}`)
  const docs = [...text.matchAll(/```json\n(.*)\n```/g)].map((match) => JSON.parse(match[1]))
  return { total: Number(total[1]), docs }
}

const find = async (client: Client, tool: string, args: Record<string, unknown>) =>
  found(await client.callTool({ name: tool, arguments: args }))

beforeAll(async () => {
  site = await startProductionServer()
  adminToken = await login(ADMIN.email, ADMIN.password)
  const editor = await api('/users', {
    method: 'POST',
    token: adminToken,
    body: { name: 'MCP editor', ...EDITOR, role: 'communications' },
  })
  expect(editor.status).toBe(201)
  editorToken = await login(EDITOR.email, EDITOR.password)
  // What an admin does in the admin panel: a name, "Enable API key"; every read box is ticked.
  const created = await api('/payload-mcp-api-keys', {
    method: 'POST',
    token: adminToken,
    body: { label: 'Test assistant', enableAPIKey: true, apiKey: KEY },
  })
  expect(created.status).toBe(201)
  keyId = created.body.doc.id
}, 300_000)

afterAll(async () => {
  await site?.stop()
})

describe('the MCP endpoint (SQLite unless TEST_DATABASE_URL)', () => {
  it('refuses a call without a key: 401, saying what is missing, in the reader’s language', async () => {
    const english = await rawCall({}, initialize)
    expect(english).toEqual({
      status: 401,
      text: JSON.stringify({ errors: [{ message: messages.en.mcpKeyRequired }] }),
    })
    const french = await rawCall({ 'accept-language': 'fr-CA,fr;q=0.9' }, initialize)
    expect(french).toEqual({
      status: 401,
      text: JSON.stringify({ errors: [{ message: messages.fr.mcpKeyRequired }] }),
    })
    await expect(connect()).rejects.toMatchObject({ code: 401 })
  })

  it('refuses a wrong key: 401', async () => {
    const wrong = await rawCall({ Authorization: 'Bearer not-a-key-anyone-made' }, initialize)
    expect(wrong).toEqual({
      status: 401,
      text: JSON.stringify({ errors: [{ message: messages.en.mcpKeyUnknown }] }),
    })
    await expect(connect('not-a-key-anyone-made')).rejects.toMatchObject({ code: 401 })
  })

  it('lists read tools only: one find per public collection and the ecosystem figures', async () => {
    const client = await connect(KEY)
    const { tools } = await client.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual(READ_TOOLS)
    await client.close()
  })

  it('finds the clusters an anonymous REST read returns, in French', async () => {
    const rest = await api('/clusters?locale=fr&limit=100&depth=0&sort=name')
    expect(rest.status).toBe(200)
    expect(rest.body.totalDocs).toBe(15)
    const client = await connect(KEY)
    const clusters = await find(client, 'findClusters', { locale: 'fr', limit: 100, sort: 'name' })
    expect(clusters.total).toBe(15)
    expect(clusters.docs.map((doc) => [doc.id, doc.name])).toEqual(
      rest.body.docs.map((doc: { id: number; name: string }) => [doc.id, doc.name]),
    )
    expect(clusters.docs.map((doc) => doc.name)).toContain('Aérospatiale')
    await client.close()
  })

  it('never shows a draft: neither a new draft cluster nor a draft change to a published one', async () => {
    const organization = (await api('/organizations?limit=1&depth=0')).body.docs[0].id
    const draft = await api('/clusters?draft=true', {
      method: 'POST',
      token: editorToken,
      body: {
        name: 'Brouillon secret MCP',
        kind: 'cluster',
        region: 'sherbrooke',
        secretariat: organization,
        summary: 'Pas encore publié.',
      },
    })
    expect(draft.status).toBe(201)
    const aerospace = (await api('/clusters?where[slug][equals]=aerospace&depth=0')).body.docs[0]
    const change = await api(`/clusters/${aerospace.id}?draft=true`, {
      method: 'PATCH',
      token: editorToken,
      body: { name: 'Renamed in a draft' },
    })
    expect(change.status).toBe(200)
    // The editor sees both drafts; the public does not.
    const editorView = await api(`/clusters/${aerospace.id}?draft=true&depth=0`, {
      token: editorToken,
    })
    expect(editorView.body.name).toBe('Renamed in a draft')

    const client = await connect(KEY)
    const asked = [
      {},
      { draft: true },
      { draft: true, where: JSON.stringify({ _status: { equals: 'draft' } }) },
      { where: JSON.stringify({ name: { like: 'Brouillon' } }) },
    ]
    for (const args of asked) {
      const list = await find(client, 'findClusters', { ...args, limit: 100, depth: 0 })
      expect(list.docs.map((doc) => doc.name)).not.toContain('Brouillon secret MCP')
      expect(list.docs.map((doc) => doc.name)).not.toContain('Renamed in a draft')
    }
    const all = await find(client, 'findClusters', { draft: true, limit: 100, depth: 0 })
    expect(all.total).toBe(15)
    expect(all.docs.find((doc) => doc.id === aerospace.id)?.name).toBe(aerospace.name)

    const byId = await client.callTool({
      name: 'findClusters',
      arguments: { id: aerospace.id, draft: true, depth: 0 },
    })
    const byIdText = (byId.content as Array<{ text: string }>)[0].text
    expect(JSON.parse(byIdText.split('\n').slice(1).join('\n')).name).toBe(aerospace.name)
    const hidden = await client.callTool({
      name: 'findClusters',
      arguments: { id: draft.body.doc.id, draft: true },
    })
    expect((hidden.content as Array<{ text: string }>)[0].text).toBe(
      `Error: Document with ID "${draft.body.doc.id}" not found in collection "clusters"`,
    )
    await client.close()
    expect(
      (await api(`/clusters/${draft.body.doc.id}`, { method: 'DELETE', token: editorToken }))
        .status,
    ).toBe(200)
  })

  it('has no tool that writes: a write is refused and changes nothing', async () => {
    const client = await connect(KEY)
    const before = (await api('/clusters?where[slug][equals]=aerospace&depth=0')).body.docs[0]
    for (const name of ['updateClusters', 'createClusters', 'deleteClusters']) {
      const attempt = await client
        .callTool({ name, arguments: { id: before.id, data: '{"name":"Defaced"}' } })
        .then((result) => ({ isError: result.isError, content: result.content }))
        .catch((error: Error) => ({ thrown: error.message }))
      expect(attempt).toEqual({
        isError: true,
        content: [{ type: 'text', text: `MCP error -32602: Tool ${name} not found` }],
      })
    }
    await client.close()
    const after = (await api('/clusters?where[slug][equals]=aerospace&depth=0')).body.docs[0]
    expect(after.name).toBe(before.name)
  })

  it('keys are the admins’: communications can neither read nor make one', async () => {
    expect((await api('/payload-mcp-api-keys', { token: editorToken })).status).toBe(403)
    const made = await api('/payload-mcp-api-keys', {
      method: 'POST',
      token: editorToken,
      body: { label: 'Mine', enableAPIKey: true, apiKey: 'editor-made-key-0123456789abcdef' },
    })
    expect(made.status).toBe(403)
  })

  it('a revoked key is refused at once', async () => {
    const spare = 'mcp-spare-key-0123456789abcdef0123'
    const made = await api('/payload-mcp-api-keys', {
      method: 'POST',
      token: adminToken,
      body: { label: 'Spare', enableAPIKey: true, apiKey: spare },
    })
    expect(made.status).toBe(201)
    const client = await connect(spare)
    await client.close()
    const revoked = await api(`/payload-mcp-api-keys/${made.body.doc.id}`, {
      method: 'DELETE',
      token: adminToken,
    })
    expect(revoked.status).toBe(200)
    expect((await rawCall({ Authorization: `Bearer ${spare}` }, initialize)).status).toBe(401)
    expect(keyId).not.toBe(made.body.doc.id)
  })
})
