import type { BaseDatabaseAdapter, Config, DatabaseAdapterObj, Payload } from 'payload'

import { whenCommitted } from '@/database/whenCommitted'
import { moveAccountsVersion, userLookups } from './lookups'

/** The adapter's writes, each given `{ collection, req }` like every write of Payload's. */
const WRITES = ['create', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'upsert'] as const
type WriteArgs = { collection?: string; req?: { transactionID?: unknown } }

async function move(payload: Payload): Promise<void> {
  await moveAccountsVersion(payload).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'accounts version not moved' }),
  )
}

type Options = {
  collection: string
  /** Whether `payload.kv` is shared by every process on the database (Redis). */
  sharedVersion: boolean
  maxEntries?: number
}

/**
 * SQLite's `PRAGMA data_version`: it changes when another connection (another process: the
 * worker, a script, a second server) has committed to the database file since the last call.
 */
function sqliteDataVersion(instance: BaseDatabaseAdapter) {
  // The adapter's libsql client exists once it has connected, after `init`.
  const adapter = instance as unknown as {
    client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
  }
  return async () =>
    String((await adapter.client.execute('PRAGMA data_version')).rows[0]?.data_version)
}

function watchingAccounts(
  adapter: DatabaseAdapterObj,
  { collection, sharedVersion, maxEntries = 1_000 }: Options,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as BaseDatabaseAdapter
      /** Open transactions that wrote to the collection: the version moves when they commit. */
      const changed = new Set<string>()
      // Another process's write must be seen: through the shared version, or SQLite's own count
      // of other connections' commits. PostgreSQL without Redis has neither: nothing is kept.
      const otherWrites = instance.name === 'sqlite' ? sqliteDataVersion(instance) : undefined
      if (sharedVersion || otherWrites) {
        const lookups = userLookups(args.payload, collection, maxEntries, { otherWrites })
        const findOne = instance.findOne.bind(instance)
        instance.findOne = ((findArgs) =>
          lookups.findOne(findArgs, () => findOne(findArgs))) as typeof instance.findOne
      }
      for (const name of WRITES) {
        const write = (instance[name] as (args: WriteArgs) => Promise<unknown>).bind(instance)
        ;(instance as unknown as Record<string, unknown>)[name] = async (writeArgs: WriteArgs) => {
          if (writeArgs?.collection !== collection) return write(writeArgs)
          const transaction = await writeArgs.req?.transactionID
          try {
            return await write(writeArgs)
          } finally {
            if (transaction === undefined || transaction === null) await move(args.payload)
            else changed.add(String(transaction))
          }
        }
      }
      whenCommitted(instance, changed, () => move(args.payload))
      return instance
    },
  }
}

/**
 * Every request signed in with a JWT reads its user (Payload's JWT strategy: `findByID`, with its
 * sessions), about a quarter of a signed-in list read's CPU. This keeps that lookup per accounts
 * version (lookups.ts): any write to the accounts' collection, through any of the adapter's
 * writes, moves the version once it has committed (a sign-out, a session ended, a role or
 * `active` changed, a user deleted), in this process at once and in the others through Redis.
 * Hooks would not do: Payload changes sessions with the adapter directly, without hooks. On
 * SQLite a commit by any other process is seen too (its data version); on PostgreSQL without
 * Redis no lookup is kept, since another process's write could not be seen.
 */
export const signedInUsers =
  (options: Options) =>
  (config: Config): Config => ({ ...config, db: watchingAccounts(config.db, options) })
