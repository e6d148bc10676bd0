import { spawnSync } from 'node:child_process'

import { describe, expect, it } from '@jest/globals'

/**
 * patches/@payloadcms+plugin-mcp+3.90.1.patch: the MCP SDK (`mcp-handler` and what it loads, about
 * 0.5 s and 60–80 MB per process) is loaded by the first MCP request, not when the config is
 * built. tests/int/mcp.test.ts shows the endpoint still answers through the patched handler.
 */

/** A resolve hook that fails the import of `mcp-handler`, so that loading it is visible. */
const refuseMcpHandler = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(specifier, context, next) {
    if (specifier === 'mcp-handler') throw new Error('mcp-handler was loaded')
    return next(specifier, context)
  }`,
)}`

function runModule(source: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 60_000,
  })
}

describe('the MCP plugin loads the MCP SDK on first use', () => {
  it('building a config with the plugin loads no MCP SDK', () => {
    const run = runModule(`
      import { register } from 'node:module'
      register(${JSON.stringify(refuseMcpHandler)})
      const { mcpPlugin } = await import('@payloadcms/plugin-mcp')
      const config = await mcpPlugin({ collections: {} })({ collections: [], globals: [] })
      console.log(JSON.stringify(config.endpoints.map(({ path, method }) => method + ' ' + path)))
    `)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout.trim())).toEqual(['post /mcp', 'get /mcp'])
  })

  it('the handler still reaches the MCP SDK when a request comes', () => {
    const run = runModule(`
      import { register } from 'node:module'
      register(${JSON.stringify(refuseMcpHandler)})
      const { mcpPlugin } = await import('@payloadcms/plugin-mcp')
      const plugin = mcpPlugin({ collections: {}, overrideAuth: async () => ({}) })
      const config = await plugin({ collections: [], globals: [] })
      const request = { headers: new Headers(), payload: {} }
      await config.endpoints[0].handler(request).catch((error) => console.log(error.message))
    `)
    expect(run.stdout).toContain('mcp-handler was loaded')
  })
})
