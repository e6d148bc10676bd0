import type { Config } from 'payload'

import { applyToTargets, type PluginTargets } from '../shared/targets'
import { checkRelationsExist } from './relationsExist'

/**
 * Every relation and upload field of the covered collections and globals refuses, with a 400
 * naming the field, an id that no document has. Without a list, it covers every collection and
 * global in the config when it runs: declared first, it leaves out the system's own collections
 * (audit trail, webhooks) that later plugins add, whose relations the system fills itself.
 */
export const relationChecks =
  (targets: PluginTargets = {}) =>
  (config: Config): Config =>
    applyToTargets(config, targets, {
      collection: (collection) => ({
        ...collection,
        fields: checkRelationsExist(collection.fields),
      }),
      global: (global) => ({ ...global, fields: checkRelationsExist(global.fields) }),
    })
