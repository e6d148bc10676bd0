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

function watchingAccounts(
  adapter: DatabaseAdapterObj,
  collection: string,
  maxEntries: number,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as BaseDatabaseAdapter
      const lookups = userLookups(args.payload, collection, maxEntries)
      /** Open transactions that wrote to the collection: the version moves when they commit. */
      const changed = new Set<string>()
      const findOne = instance.findOne.bind(instance)
      instance.findOne = ((findArgs) =>
        lookups.findOne(findArgs, () => findOne(findArgs))) as typeof instance.findOne
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
 * Hooks would not do: Payload changes sessions with the adapter directly, without hooks.
 */
export const signedInUsers =
  ({ collection, maxEntries = 1_000 }: { collection: string; maxEntries?: number }) =>
  (config: Config): Config => ({
    ...config,
    db: watchingAccounts(config.db, collection, maxEntries),
  })
