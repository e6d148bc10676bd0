import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { DatabaseAdapterObj } from 'payload'

type Pool = PostgresAdapter['pool']

/**
 * Gives transactions (every write, every login) connections of their own. On the shared pool a
 * write queued for its BEGIN behind every reader's query (30 and more under load), and its
 * transaction held one of the readers' connections meanwhile. Payload's own `beginTransaction`
 * runs unchanged; it only sees a `drizzle` bound to the writers' pool.
 */
export function reserveWriteConnections(
  adapter: DatabaseAdapterObj,
  connections: number,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as unknown as PostgresAdapter
      let writers: { pool: Pool; db: ReturnType<typeof drizzle> } | undefined

      const connect = instance.connect!.bind(instance)
      instance.connect = async (options) => {
        await connect(options)
        if (writers) return
        const pool = new instance.pg.Pool({ ...instance.poolOptions, max: connections })
        // An idle connection the server closes (restart, pg_terminate_backend) is reported on its
        // pool; without a listener that report would stop the process. The pool opens a new one.
        for (const each of [instance.pool, pool])
          each.on('error', (error) =>
            instance.payload.logger.warn(`PostgreSQL closed an idle connection: ${error.message}`),
          )
        // The adapter's `pg` and drizzle's typings are two copies of the same Pool type.
        writers = { pool, db: drizzle({ client: pool as never, schema: instance.schema }) }
      }

      const begin = instance.beginTransaction
      instance.beginTransaction = (options) =>
        begin.call(
          writers
            ? // `this` reads through to the adapter (its sessions included); only `drizzle` differs.
              Object.create(instance, { drizzle: { value: writers.db } })
            : instance,
          options,
        )

      const destroy = instance.destroy!.bind(instance)
      instance.destroy = async () => {
        await destroy()
        await writers?.pool.end()
        writers = undefined
      }
      return instance as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
