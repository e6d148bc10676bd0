import type { BaseDatabaseAdapter } from 'payload'

/**
 * Runs `committed` after each transaction in `marked` commits, and forgets a transaction on its
 * commit or rollback (Payload's `killTransaction` rolls back). Payload has no after-commit hook
 * (payloadcms/payload#5886), so this wraps the adapter's `commitTransaction` and
 * `rollbackTransaction`. `committed` also runs when the commit failed: whether it took effect is
 * unknown, and a needless run costs less than a missed one (a cache kept past a change).
 */
export function whenCommitted(
  instance: BaseDatabaseAdapter,
  marked: Set<string>,
  committed: () => Promise<void>,
): void {
  const commit = instance.commitTransaction.bind(instance)
  instance.commitTransaction = async (id) => {
    const transaction = String(await id)
    try {
      await commit(id)
    } finally {
      if (marked.delete(transaction)) await committed()
    }
  }
  const rollback = instance.rollbackTransaction.bind(instance)
  instance.rollbackTransaction = async (id) => {
    marked.delete(String(await id))
    await rollback(id)
  }
}
