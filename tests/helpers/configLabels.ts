import { initI18n, type I18n } from '@payloadcms/translations'
import type { Block, Field, SanitizedConfig } from 'payload'

import { mcpApiKeysSlug } from '@/constants/slugs'

/**
 * Every text of this project's config that the admin shows, found by walking the sanitized config
 * (after every plugin): collection and global labels, groups and descriptions, each field's label,
 * description and placeholder (through groups, arrays, blocks, tabs, rows and collapsibles), select
 * and radio options, array and block row labels, locales, and the keys of `i18n.translations`.
 */
export type ConfigText = {
  /** Where the text sits, e.g. `collections.clusters.fields.review.submittedBy.label`. */
  path: string
  en: string
  /** Undefined when the project gave no French (a plain string, or an object without `fr`). */
  fr: string | undefined
}

type Languages = { en: I18n; fr: I18n }

/**
 * Plain strings that are the same in both languages on purpose: proper nouns and codes. Anything
 * else written as a plain string shows English (or a field name) in the French admin.
 */
export const SAME_IN_BOTH_LANGUAGES: ReadonlySet<string> = new Set([
  // A timezone's label is a plain string in Payload's types; it names the cities and the IANA zone.
  'Montréal / Toronto (America/Toronto)',
])

/**
 * Payload's own collections (jobs, locks, preferences, migrations) and globals (the job schedule
 * stats, hidden from the admin): translated by Payload or never shown. The MCP plugin's API keys
 * are not among them: admins manage them with the labels we give them.
 */
const isPayloadOwn = (slug: string) => slug.startsWith('payload-') && slug !== mcpApiKeysSlug

type Labelled = unknown

/** A text in both languages: a function (Payload's `t` or ours) is called in each language. */
function resolve(path: string, value: Labelled, languages: Languages): ConfigText | undefined {
  if (value === undefined || value === null || value === false || value === '') return undefined
  if (typeof value === 'string') return { path, en: value, fr: undefined }
  if (typeof value === 'function') {
    const call = (i18n: I18n) =>
      String((value as (args: { i18n: I18n; t: I18n['t'] }) => unknown)({ i18n, t: i18n.t }))
    return { path, en: call(languages.en), fr: call(languages.fr) }
  }
  if (typeof value === 'object') {
    const texts = value as Record<string, unknown>
    const en = typeof texts.en === 'string' ? texts.en : JSON.stringify(value)
    const fr = typeof texts.fr === 'string' && texts.fr.trim() !== '' ? texts.fr : undefined
    return { path, en, fr }
  }
  return undefined
}

type FieldAdmin = {
  hidden?: boolean
  disabled?: boolean
  description?: Labelled
  placeholder?: Labelled
}

/** Fields the admin never shows (`hidden`, `admin.hidden`, `admin.disabled`) have no visible text. */
function isShown(field: Field): boolean {
  const admin = (field as { admin?: FieldAdmin }).admin
  return !('hidden' in field && field.hidden) && !admin?.hidden && !admin?.disabled
}

function walkFields(fields: Field[], at: string, visit: (path: string, value: Labelled) => void) {
  fields.forEach((field, index) => {
    if (!isShown(field)) return
    const name = 'name' in field && field.name ? field.name : `${field.type}${index}`
    const path = `${at}.${name}`
    const admin = (field as { admin?: FieldAdmin }).admin
    if ('label' in field) visit(`${path}.label`, field.label)
    visit(`${path}.description`, admin?.description)
    visit(`${path}.placeholder`, admin?.placeholder)
    if ('labels' in field && field.labels) {
      visit(`${path}.labels.singular`, field.labels.singular)
      visit(`${path}.labels.plural`, field.labels.plural)
    }
    if ((field.type === 'select' || field.type === 'radio') && field.options) {
      for (const option of field.options) {
        const value = typeof option === 'string' ? option : option.value
        visit(`${path}.options.${value}`, typeof option === 'string' ? option : option.label)
      }
    }
    if (field.type === 'tabs') {
      field.tabs.forEach((tab, tabIndex) => {
        const tabPath = `${path}.${'name' in tab && tab.name ? tab.name : `tab${tabIndex}`}`
        visit(`${tabPath}.label`, tab.label)
        visit(`${tabPath}.description`, tab.description)
        walkFields(tab.fields, tabPath, visit)
      })
    }
    if (field.type === 'blocks') {
      const blocks = [
        ...(field.blocks ?? []),
        ...((field.blockReferences ?? []).filter((b) => typeof b === 'object') as Block[]),
      ]
      for (const block of blocks) walkBlock(block, `${path}.blocks.${block.slug}`, visit)
    }
    if ('fields' in field && Array.isArray(field.fields)) walkFields(field.fields, path, visit)
  })
}

function walkBlock(block: Block, path: string, visit: (path: string, value: Labelled) => void) {
  visit(`${path}.labels.singular`, block.labels?.singular)
  visit(`${path}.labels.plural`, block.labels?.plural)
  walkFields(block.fields, path, visit)
}

/** Leaves of a translations object, as `namespace.key` paths. */
function leaves(object: Record<string, unknown>, at = ''): Array<[string, unknown]> {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as Record<string, unknown>, `${at}${key}.`)
      : [[`${at}${key}`, value] as [string, unknown]],
  )
}

const valueAt = (object: unknown, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      object,
    )

/** Every text of the project's config the admin shows, with its English and (if any) French. */
export async function configTexts(config: SanitizedConfig): Promise<ConfigText[]> {
  const languages: Languages = {
    en: await initI18n({ config: config.i18n, language: 'en', context: 'client' }),
    fr: await initI18n({ config: config.i18n, language: 'fr', context: 'client' }),
  }
  const found: ConfigText[] = []
  const visit = (path: string, value: Labelled) => {
    const text = resolve(path, value, languages)
    if (text) found.push(text)
  }

  for (const collection of config.collections) {
    if (isPayloadOwn(collection.slug)) continue
    const at = `collections.${collection.slug}`
    visit(`${at}.labels.singular`, collection.labels.singular)
    visit(`${at}.labels.plural`, collection.labels.plural)
    visit(`${at}.admin.group`, collection.admin.group)
    visit(`${at}.admin.description`, collection.admin.description)
    walkFields(collection.fields, `${at}.fields`, visit)
  }
  for (const global of config.globals) {
    if (isPayloadOwn(global.slug)) continue
    const at = `globals.${global.slug}`
    visit(`${at}.label`, global.label)
    visit(`${at}.admin.group`, global.admin.group)
    visit(`${at}.admin.description`, global.admin.description)
    walkFields(global.fields, `${at}.fields`, visit)
  }
  for (const block of config.blocks ?? []) walkBlock(block, `blocks.${block.slug}`, visit)
  if (config.localization)
    for (const locale of config.localization.locales)
      visit(`localization.locales.${locale.code}.label`, locale.label)
  for (const zone of config.admin.timezones.supportedTimezones ?? [])
    visit(`admin.timezones.${zone.value}.label`, zone.label)

  const translations = (config.i18n.translations ?? {}) as Record<string, Record<string, unknown>>
  for (const [key, en] of leaves(translations.en ?? {})) {
    if (key.startsWith('$')) continue // `$schema`, a plugin's pointer to its JSON schema
    const fr = valueAt(translations.fr, key)
    found.push({
      path: `i18n.translations.${key}`,
      en: String(en),
      fr: typeof fr === 'string' && fr.trim() !== '' ? fr : undefined,
    })
  }
  return found
}

/** The texts with no French: a plain string is missing unless it is on the short list above. */
export const withoutFrench = (texts: ConfigText[]): ConfigText[] =>
  texts.filter((text) => text.fr === undefined && !SAME_IN_BOTH_LANGUAGES.has(text.en))
