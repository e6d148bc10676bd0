import { AsyncLocalStorage } from 'node:async_hooks'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { createWriteGate, type WriteGate } from './writeGate'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}
type SqliteAdapter = BaseDatabaseAdapter & {
  client?: LibsqlClient
  sessions: Record<string, Session>
}

/**
 * Adapter methods call one another (`upsert` is `updateOne` with a flag): a write already holding
 * the lock runs the nested call at once instead of queuing behind itself.
 */
const holdingLock = new AsyncLocalStorage<true>()

/** The adapter methods that write; each runs through the gate when it is not in a transaction. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/**
 * Makes SQLite writes wait their turn instead of failing with `SQLITE_BUSY` (see writeGate.ts):
 * a transaction takes the in-process write lock when it first touches the database and holds it
 * until it ends; a write outside any transaction takes it for its own duration. Every connection
 * the client opens gets the busy timeout, for the other processes (worker, seed) sharing the file.
 */
export function serializeSqliteWrites(
  adapter: DatabaseAdapterObj,
  busyTimeoutMs: number,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as SqliteAdapter
      const gate = createWriteGate(busyTimeoutMs)
      startTransactionsLazily(instance, gate)
      gateWritesOutsideTransactions(instance, gate)
      keepBusyTimeoutOnNewConnections(instance, busyTimeoutMs)
      return instance
    },
  }
}

/**
 * Payload opens a transaction at the start of every operation, sometimes before writes it makes
 * outside it (forgot-password reserves its request slot on its own). Beginning for real on first
 * use, and only then queuing for the lock, lets those outside writes pass first.
 */
function startTransactionsLazily(instance: SqliteAdapter, gate: WriteGate): void {
  const begin = instance.beginTransaction.bind(instance)
  instance.beginTransaction = async (options) => {
    const id = crypto.randomUUID()
    let started: Promise<{ session: Session; release: () => void }> | undefined
    const start = () =>
      (started ??= (async () => {
        const release = holdingLock.getStore() ? () => undefined : await gate.acquire()
        try {
          const innerId = String(await begin(options))
          const session = instance.sessions[innerId]
          delete instance.sessions[innerId]
          return { session, release }
        } catch (error) {
          release()
          throw error
        }
      })())
    const end = (how: 'resolve' | 'reject') => async () => {
      if (!started) return
      const running = await started.catch(() => undefined)
      if (!running) return
      try {
        await running.session[how]()
      } finally {
        running.release()
      }
    }
    instance.sessions[id] = {
      // Payload reads `db` through an async getter (getTransaction), which awaits this promise.
      get db() {
        return start().then(({ session }) => session.db)
      },
      resolve: end('resolve'),
      reject: end('reject'),
    }
    return id
  }
}

function gateWritesOutsideTransactions(instance: SqliteAdapter, gate: WriteGate): void {
  for (const method of writeMethods) {
    const write = (
      instance[method] as (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>
    ).bind(instance)
    const gated = async (args: { req?: Partial<PayloadRequest> }) => {
      const transactionID = await args?.req?.transactionID
      if (transactionID && instance.sessions[String(transactionID)]) return write(args)
      if (holdingLock.getStore()) return write(args)
      const release = await gate.acquire()
      try {
        return await holdingLock.run(true, () => write(args))
      } finally {
        release()
      }
    }
    Object.assign(instance, { [method]: gated })
  }
}

/**
 * libsql hands its connection to each transaction and opens a fresh one for the next call; the
 * adapter set `busy_timeout` on the first connection only, so every later one failed at once.
 */
function keepBusyTimeoutOnNewConnections(instance: SqliteAdapter, busyTimeoutMs: number): void {
  const connect = instance.connect!.bind(instance)
  instance.connect = async (options) => {
    await connect(options)
    const client = instance.client
    if (!client || (client as { busyTimeoutKept?: boolean }).busyTimeoutKept) return
    const transaction = client.transaction.bind(client)
    client.transaction = async (mode) => {
      const tx = await transaction(mode)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      return tx
    }
    Object.assign(client, { busyTimeoutKept: true })
  }
}
