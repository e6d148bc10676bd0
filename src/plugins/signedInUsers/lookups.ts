import type { BaseDatabaseAdapter, Payload, Where } from 'payload'

import { currentVersion, moveVersion } from '../shared/kvVersion'

/**
 * The accounts version: a value that changes after every write to the accounts' collection
 * (a sign-in or sign-out changes its sessions, an admin its role or `active`). It lives in
 * `payload.kv`, shared by every process through Redis when REDIS_URL is set.
 */
const VERSION_KEY = 'grappes:accounts-version'

type FindOneArgs = Parameters<BaseDatabaseAdapter['findOne']>[0]
type Kept = { version: string; row: Record<string, unknown> }

/** The id a `findOne` asks for when it asks for one document by id and nothing else. */
function idAskedFor(where: Where | undefined): unknown {
  const only = Array.isArray(where?.and) && where.and.length === 1 ? where.and[0] : where
  const keys = only ? Object.keys(only) : []
  if (keys.length !== 1 || keys[0] !== 'id') return undefined
  const condition = only!.id as Record<string, unknown> | undefined
  return condition && Object.keys(condition).length === 1 ? condition.equals : undefined
}

/** Moves the accounts version to a value never used before. */
export const moveAccountsVersion = (payload: Payload) => moveVersion(payload, VERSION_KEY)

/**
 * What tells a lookup made now from one kept: the accounts version, and `otherWrites` (a value
 * that changes when another process may have written; see index.ts), when there is one.
 */
type Freshness = { otherWrites?: () => Promise<string> }

/**
 * Lookups by id of one collection's documents (the signed-in user, read on every request
 * that carries a JWT), kept per accounts version, at most `maxEntries`, oldest first out.
 * Reads inside a transaction are not kept: they may see what is not committed.
 */
export function userLookups(
  payload: Payload,
  collection: string,
  maxEntries: number,
  { otherWrites }: Freshness = {},
) {
  const kept = new Map<string, Kept>()
  return {
    /** The row as `findOne` would read it now; `read` reads it from the database. */
    async findOne(args: FindOneArgs, read: () => Promise<unknown>): Promise<unknown> {
      const id = idAskedFor(args.where)
      if (args.collection !== collection || id === undefined || args.req?.transactionID)
        return read()
      const { locale, select, joins, draftsEnabled } = args
      const key = JSON.stringify([id, locale, select, joins, draftsEnabled])
      const version = `${await currentVersion(payload, VERSION_KEY)} ${(await otherWrites?.()) ?? ''}`
      const found = kept.get(key)
      if (found?.version === version) return structuredClone(found.row)
      const row = (await read()) as Record<string, unknown> | null
      if (row) {
        kept.delete(key)
        kept.set(key, { version, row: structuredClone(row) })
        if (kept.size > maxEntries) kept.delete(kept.keys().next().value!)
      } else kept.delete(key)
      return row
    },
  }
}
