import {
  APIError,
  Forbidden,
  UnauthorizedError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import type { MCPAccessSettings } from '@payloadcms/plugin-mcp'

import { translate } from '@/i18n/messages'

type DefaultSettings = (overrideApiKey?: null | string) => Promise<MCPAccessSettings>

/** The plugin marks its requests so; Payload's type does not list it. */
export const isMcpRequest = (req: PayloadRequest): boolean => (req.payloadAPI as string) === 'MCP'

/**
 * Who an MCP request reads as. The key (`Authorization: Bearer <key>`) must be one an admin made
 * (the plugin checks it and what it may read); the reads then run as an anonymous visitor, not as
 * the admin who made the key: an assistant sees what the public REST API shows, published
 * content only, whoever issued its key. A missing or unknown key is a 401 that says so, in the
 * reader's language.
 */
export async function readAsAnonymous(
  req: PayloadRequest,
  keySettings: DefaultSettings,
): Promise<MCPAccessSettings> {
  if (!req.headers.get('authorization')?.startsWith('Bearer '))
    throw new APIError(translate(req, 'mcpKeyRequired'), 401, undefined, true)
  let settings: MCPAccessSettings
  try {
    settings = await keySettings()
  } catch (error) {
    if (error instanceof UnauthorizedError)
      throw new APIError(translate(req, 'mcpKeyUnknown'), 401, undefined, true)
    throw error
  }
  // No user: Payload's access rules then answer as they answer an anonymous REST read.
  return { ...settings, user: null as unknown as TypedUser }
}

/**
 * Over MCP a collection is only read, and only its published versions: the plugin's find tool
 * passes the client's `draft` flag on, which this sets back to false (drafts live in the versions
 * table, which anonymous reads never reach; the access rules add `_status: published`).
 */
export const publishedOnlyOverMcp: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isMcpRequest(req)) return args
  if (operation !== 'read' && operation !== 'count') throw new Forbidden(req.t)
  return { ...args, draft: false }
}
