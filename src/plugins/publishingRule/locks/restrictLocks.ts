import type { SanitizedConfig } from 'payload'

import { LOCKS, lockAccess } from './lockAccess'
import { nameLockHolder } from './nameLockHolder'

/**
 * Payload adds `payload-locked-documents` while it sanitizes the config, after plugins ran, with
 * "any signed-in principal" access and no option to change it; so its access is replaced on the
 * sanitized config. Not in `onInit`: in production the Express host and Next's bundled routes each
 * build their own copy of the config, only the host's Payload runs `onInit`, and the GraphQL
 * schema is built from Next's copy, so GraphQL kept Payload's access. The admin's own locking
 * (form state) writes through the database adapter and reads with the user's access, so it keeps
 * working for everyone who may edit the document. Its holder is named by name (nameLockHolder).
 */
export function restrictLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (locks) {
    Object.assign(locks.access, lockAccess)
    locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameLockHolder]
  }
  return config
}
