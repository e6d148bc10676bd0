import { mcpPlugin } from '@payloadcms/plugin-mcp'
import type { Config, Plugin } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { addHooks } from '@/plugins/shared/addHooks'
import { adminOnlyApiKeys } from './apiKeys'
import { exposedCollections, exposedGlobals } from './exposed'
import { publishedOnlyOverMcp, readAsAnonymous } from './publicReads'

const instructions = [
  'Grappes holds the profiles of Québec’s industry clusters (grappes), their organizations,',
  'companies, quotes, stories, ambassadors and key figures, in English and Canadian French.',
  'Every tool reads published content only. Pass locale "fr" for French, "en" for English;',
  'filter with `where` as a JSON string, e.g. {"region":{"equals":"montreal"}}.',
].join(' ')

/**
 * A read-only MCP endpoint (`POST /api/mcp`, streamable HTTP) for AI assistants, with Payload's
 * official plugin: a `find` tool per public collection and the ecosystem figures, no tool that
 * writes, behind API keys that admins create. Every read is an anonymous visitor's: published
 * content only (./publicReads.ts).
 */
export const mcp =
  (): Plugin =>
  async (config: Config): Promise<Config> => {
    const withMcp = await mcpPlugin({
      userCollection: collectionSlugs.users,
      collections: exposedCollections,
      globals: exposedGlobals,
      overrideApiKeyCollection: adminOnlyApiKeys,
      overrideAuth: readAsAnonymous,
      mcp: { serverOptions: { instructions, serverInfo: { name: 'Grappes', version: '1.0.0' } } },
    })(config)
    const exposed = new Set<string>(Object.keys(exposedCollections))
    return {
      ...withMcp,
      collections: (withMcp.collections ?? []).map((collection) =>
        exposed.has(collection.slug)
          ? addHooks(collection, { beforeOperation: [publishedOnlyOverMcp] })
          : collection,
      ),
    }
  }
