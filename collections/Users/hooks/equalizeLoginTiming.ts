import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

// Payload's current password hash (auth/strategies/local/generatePasswordSaltHash.js): a login
// for an unknown e-mail derives the same key, so it costs what checking a real password costs.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const dummySalt = randomBytes(32).toString('hex')
const derive = promisify(pbkdf2)

/**
 * Payload answers a login for an unknown e-mail before hashing anything (13 ms against 136 ms
 * for a wrong password), which tells anyone which accounts exist. The message is already the
 * same; this makes the time the same too.
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email = (args.data as { email?: unknown } | undefined)?.email
  const password = (args.data as { password?: unknown } | undefined)?.password
  const known =
    typeof email === 'string' &&
    (await req.payload.db.findOne({
      collection: collection.slug,
      req,
      where: { email: { equals: email.toLowerCase().trim() } },
    }))
  if (!known) await derive(String(password ?? ''), dummySalt, ITERATIONS, KEY_LENGTH, 'sha256')
  return args
}
