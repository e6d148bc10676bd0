import type { Config } from 'payload'

import { LOCKS, lockAccess } from './lockAccess'

/**
 * Payload adds `payload-locked-documents` while it sanitizes the config, after plugins ran, with
 * "any signed-in principal" access and no option to change it; so its access is replaced once
 * Payload is built. The admin's own locking (form state) writes through the database adapter and
 * reads with the user's access, so it keeps working for everyone who may edit the document.
 */
export const restrictLocks = (config: Config): Config => ({
  ...config,
  onInit: async (payload) => {
    const locks = payload.collections[LOCKS]?.config
    if (locks) Object.assign(locks.access, lockAccess)
    await config.onInit?.(payload)
  },
})
