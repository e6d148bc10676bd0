import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  GlobalBeforeChangeHook,
  GlobalConfig,
  Plugin,
  TypedLocale,
} from 'payload'

import { addHooks } from '../shared/addHooks'
import { contentLocaleBanner } from './contentLocaleBanner'
import { incompleteFields } from './incompleteFields'
import { hasLocalizedField, localizedFields, type LocalizedField } from './localizedFields'
import { incompleteFieldNames, markTranslationIncomplete } from './markTranslationIncomplete'
import { refuseMissingFallback } from './refuseMissingFallback'
import type { SaveArgs } from './saveLocales'
import type { SaveTarget } from './storedLocale'

export type FallbackLocaleOptions = {
  /** The locale every other falls back to: required fields must be filled in it to publish. */
  fallback: TypedLocale
  /** The translated locale whose missing texts are flagged ("French incomplete"). */
  translated: TypedLocale
}

type Rule = (args: SaveArgs) => Promise<void>

const hasDrafts = (entity: CollectionConfig | GlobalConfig) =>
  typeof entity.versions === 'object' && !!entity.versions.drafts

/** The rules a collection or global gets, from its localized fields (none: left as it is). */
function rulesFor(fields: LocalizedField[], locales: FallbackLocaleOptions) {
  const required = fields.filter((field) => field.required)
  const texts = fields.filter((field) => field.readerText)
  const rules: Rule[] = []
  if (required.length > 0)
    rules.push((args) => refuseMissingFallback(args, required, locales.fallback))
  if (texts.length > 0) rules.push((args) => markTranslationIncomplete(args, texts, locales))
  return { rules, texts }
}

const collectionHook =
  (rules: Rule[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const target: SaveTarget = { kind: 'collection', slug: collection.slug, id: originalDoc?.id }
    for (const rule of rules) await rule({ data, originalDoc, req, target })
    return data
  }

const globalHook =
  (rules: Rule[]): GlobalBeforeChangeHook =>
  async ({ data, originalDoc, req, global }) => {
    const target: SaveTarget = { kind: 'global', slug: global.slug }
    for (const rule of rules) await rule({ data, originalDoc, req, target })
    return data
  }

function withColumns(collection: CollectionConfig): CollectionConfig['admin'] {
  const columns = collection.admin?.defaultColumns
  if (!columns) return collection.admin
  return { ...collection.admin, defaultColumns: [...columns, incompleteFieldNames.missing] }
}

const withBanner = <E extends CollectionConfig | GlobalConfig>(entity: E): E =>
  hasLocalizedField(entity.fields)
    ? { ...entity, fields: [contentLocaleBanner(), ...entity.fields] }
    : entity

function withCollectionRules(
  collection: CollectionConfig,
  locales: FallbackLocaleOptions,
): CollectionConfig {
  if (!hasDrafts(collection)) return collection
  const { rules, texts } = rulesFor(localizedFields(collection.fields), locales)
  if (rules.length === 0) return collection
  const withFields: CollectionConfig =
    texts.length > 0
      ? {
          ...collection,
          admin: withColumns(collection),
          fields: [...collection.fields, ...incompleteFields(texts)],
        }
      : collection
  return addHooks(withFields, { beforeChange: [collectionHook(rules)] })
}

function withGlobalRules(global: GlobalConfig, locales: FallbackLocaleOptions): GlobalConfig {
  if (!hasDrafts(global)) return global
  const { rules, texts } = rulesFor(localizedFields(global.fields), locales)
  if (rules.length === 0) return global
  const withFields: GlobalConfig =
    texts.length > 0
      ? { ...global, fields: [...global.fields, ...incompleteFields(texts)] }
      : global
  return addHooks(withFields, { beforeChange: [globalHook(rules)] })
}

/**
 * Both languages on purpose, in one place. On every collection and global with drafts: a publish
 * needs the required localized fields in the fallback locale (English), whichever locale the save
 * writes; and each save records which reader texts have English and no French ("French
 * incomplete", a list column and a filter). Both are `beforeChange` hooks, so every publish (REST,
 * GraphQL, admin, Local API, scheduled jobs) passes them. Every localized document's form opens
 * with a banner naming the language being edited.
 */
export const fallbackLocaleRequired =
  (locales: FallbackLocaleOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      withBanner(withCollectionRules(collection, locales)),
    ),
    globals: config.globals?.map((global) => withBanner(withGlobalRules(global, locales))),
  })

export { refuseMissingFallback } from './refuseMissingFallback'
