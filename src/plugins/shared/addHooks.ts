import type { CollectionConfig, GlobalConfig } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type GlobalHooks = NonNullable<GlobalConfig['hooks']>

/** Each list of `added` after (or, with `first`, before) the same list of `existing`. */
function mergeHookLists<H extends object>(existing: H | undefined, added: H, first: boolean): H {
  const merged: Record<string, unknown> = { ...existing }
  for (const [name, list] of Object.entries(added)) {
    if (!Array.isArray(list)) continue
    const current: unknown[] = Array.isArray(merged[name]) ? merged[name] : []
    merged[name] = first ? [...list, ...current] : [...current, ...list]
  }
  // Every key is one of H's, each now holding the concatenation of two of H's lists.
  return merged as H
}

/**
 * Adds a plugin's hooks to a collection or a global: each list is appended to the config's own
 * (or put before it, with `{ first: true }`, for a hook the others rely on), the rest left as is.
 */
export function addHooks(
  collection: CollectionConfig,
  hooks: CollectionHooks,
  options?: { first?: boolean },
): CollectionConfig
export function addHooks(
  global: GlobalConfig,
  hooks: GlobalHooks,
  options?: { first?: boolean },
): GlobalConfig
export function addHooks(
  config: CollectionConfig | GlobalConfig,
  hooks: CollectionHooks | GlobalHooks,
  { first = false }: { first?: boolean } = {},
): CollectionConfig | GlobalConfig {
  return { ...config, hooks: mergeHookLists<object>(config.hooks, hooks, first) }
}
