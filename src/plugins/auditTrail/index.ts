import type { CollectionConfig, Config } from 'payload'

import { AuditLog } from '../../../collections/AuditLog'
import { addHooks } from '../shared/addHooks'
import { applyToTargets, type PluginTargets } from '../shared/targets'
import { collectionAuditHooks, globalAuditHooks, loginAuditHooks } from './auditHooks'

const signsInWithPassword = (collection: CollectionConfig) =>
  Boolean(collection.auth) &&
  !(typeof collection.auth === 'object' && collection.auth.disableLocalStrategy)

/**
 * The audit trail: registers the `audit-log` collection (its schema stays in collections/AuditLog)
 * and records every create, update, publish, unpublish, restore and delete of the covered
 * collections, every change of the covered globals, and the logins of auth collections. Without a
 * list, it covers every collection and global in the config when it runs, so it is declared after
 * the plugins whose collections it audits (webhooks); the audit log itself is never audited.
 */
export const auditTrail =
  (targets: PluginTargets = {}) =>
  (config: Config): Config => {
    const audited = applyToTargets(config, targets, {
      collection: (collection) =>
        addHooks(collection, {
          ...collectionAuditHooks,
          ...(signsInWithPassword(collection) ? loginAuditHooks : {}),
        }),
      global: (global) => addHooks(global, globalAuditHooks),
    })
    return { ...audited, collections: [...(audited.collections ?? []), AuditLog] }
  }
