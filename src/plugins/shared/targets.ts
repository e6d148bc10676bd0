import type { CollectionConfig, Config, GlobalConfig } from 'payload'

/**
 * Which collections and globals a plugin applies to, by slug. Left out, a list means every
 * collection (or global) in the config when the plugin runs; plugins listed later in
 * `plugins: [...]`, and the collections they add, are not seen.
 */
export type PluginTargets = {
  collections?: readonly string[]
  globals?: readonly string[]
}

/** The config with `collection` and `global` applied to the plugin's targets, the rest untouched. */
export function applyToTargets(
  config: Config,
  targets: PluginTargets,
  apply: {
    collection: (collection: CollectionConfig) => CollectionConfig
    global: (global: GlobalConfig) => GlobalConfig
  },
): Config {
  const covers = (list: readonly string[] | undefined, slug: string) =>
    list === undefined || list.includes(slug)
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      covers(targets.collections, collection.slug) ? apply.collection(collection) : collection,
    ),
    globals: (config.globals ?? []).map((global) =>
      covers(targets.globals, global.slug) ? apply.global(global) : global,
    ),
  }
}
