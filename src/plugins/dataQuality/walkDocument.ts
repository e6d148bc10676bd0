import type { Block, Field } from 'payload'

import { isBlank } from '../fallbackLocaleRequired/valueAt'
import { checkDisplay, type DisplayLocale } from './displayNumbers'
import type { Bilingual, QualityRule } from './rules'

/** An issue found in one document's data, before it is told whose document it is. */
export type FoundIssue = {
  rule: QualityRule
  locale: string | null
  fieldPath: string
  message: Bilingual
  detectedValue: unknown
  year?: number
}

/** What a document points at that is checked elsewhere: its images and its links. */
export type Reference = { fieldPath: string; id?: number; url?: string }

export type Walked = { issues: FoundIssue[]; media: Reference[]; links: Reference[] }

export type WalkOptions = {
  staleFigureYears: number
  currentYear: number
  locales: readonly string[]
  /** Blocks declared once in the config and referenced by slug. */
  blocks: readonly Block[]
}

type Data = Record<string, unknown>
type LocaleMap = Record<string, unknown>

const URL_FIELD_NAMES = new Set(['url', 'website', 'videoUrl'])
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null

const readerVisible = (field: Field): boolean => {
  const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
  return (
    !('access' in field && field.access?.read) &&
    !admin.hidden &&
    !admin.disabled &&
    !('hidden' in field && field.hidden)
  )
}

const mediaId = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : isObject(value) && typeof value.id === 'number'
      ? value.id
      : undefined

/**
 * Walks a document read with `locale: 'all'` (localized values are `{ en, fr }` maps) along its
 * collection's fields, and finds the issues that its own data shows: stale, unsourced, undated or
 * mismatched key figures and reader-visible texts with English and no French. It also lists the
 * images and links the document holds, whose issues need other reads (media, link checks).
 */
export function walkDocument(fields: Field[], doc: Data, options: WalkOptions): Walked {
  const walked: Walked = { issues: [], media: [], links: [] }
  walkFields(fields, doc, '', walked, options)
  return walked
}

function walkFields(
  fields: Field[],
  data: Data,
  prefix: string,
  out: Walked,
  options: WalkOptions,
) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(field.fields, data, prefix, out, options)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (isObject(value)) walkFields(tab.fields, value, `${prefix}${tab.name}.`, out, options)
        } else walkFields(tab.fields, data, prefix, out, options)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if (field.type === 'group') walkFields(field.fields, data, prefix, out, options)
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'group':
        if (isObject(value) && !field.localized)
          walkFields(field.fields, value, `${path}.`, out, options)
        break
      case 'array':
        if (!Array.isArray(value) || field.localized) break
        value.forEach((row, index) => {
          if (!isObject(row)) return
          if (field.interfaceName === 'KeyFigures')
            checkFigure(row, `${path}.${index}`, out, options)
          walkFields(field.fields, row, `${path}.${index}.`, out, options)
        })
        break
      case 'blocks':
        if (!Array.isArray(value) || field.localized) break
        value.forEach((row, index) => {
          if (!isObject(row)) return
          const block =
            field.blocks.find((b) => b.slug === row.blockType) ??
            options.blocks.find((b) => b.slug === row.blockType)
          if (block) walkFields(block.fields, row, `${path}.${index}.`, out, options)
        })
        break
      case 'upload':
        for (const item of Array.isArray(value) ? value : [value]) {
          const id = mediaId(item)
          if (id !== undefined) out.media.push({ fieldPath: path, id })
        }
        break
      case 'text':
      case 'textarea':
      case 'richText':
        if (field.localized && readerVisible(field) && isObject(value))
          checkFrench(value, path, field.type, out, options)
        for (const localeValue of field.localized && isObject(value)
          ? Object.values(value)
          : [value]) {
          if (field.type === 'richText') collectRichText(localeValue, path, out)
          else if (
            field.type === 'text' &&
            URL_FIELD_NAMES.has(field.name) &&
            typeof localeValue === 'string' &&
            /^https?:\/\//.test(localeValue)
          )
            out.links.push({ fieldPath: path, url: localeValue })
        }
        break
    }
  }
}

function checkFrench(
  value: LocaleMap,
  path: string,
  type: string,
  out: Walked,
  options: WalkOptions,
) {
  const [source, ...translated] = options.locales
  if (isBlank(value[source])) return
  for (const locale of translated) {
    if (!isBlank(value[locale])) continue
    out.issues.push({
      rule: 'missing-french',
      locale,
      fieldPath: path,
      message: {
        en: 'This text has English and no French: French readers see the English.',
        fr: 'Ce texte a de l’anglais et pas de français : les lecteurs francophones voient l’anglais.',
      },
      detectedValue: type === 'richText' ? null : value[source],
    })
  }
}

/** Links and uploads inside a rich text (Lexical) tree. */
function collectRichText(node: unknown, path: string, out: Walked) {
  if (!isObject(node)) return
  if ((node.type === 'link' || node.type === 'autolink') && isObject(node.fields)) {
    const url = node.fields.url
    if (typeof url === 'string' && /^https?:\/\//.test(url))
      out.links.push({ fieldPath: path, url })
  }
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = mediaId(node.value)
    if (id !== undefined) out.media.push({ fieldPath: path, id })
  }
  const children = isObject(node.root) ? [node.root] : node.children
  if (Array.isArray(children)) for (const child of children) collectRichText(child, path, out)
}

const textOf = (value: unknown, locale: string): string | undefined => {
  const text = isObject(value) ? value[locale] : undefined
  return typeof text === 'string' && text.trim() ? text : undefined
}

/** The rules of one key figure (label, value, unit, display, source, year). */
function checkFigure(row: Data, path: string, out: Walked, options: WalkOptions) {
  const year = typeof row.year === 'number' ? row.year : undefined
  if (year === undefined)
    out.issues.push({
      rule: 'figure-without-year',
      locale: null,
      fieldPath: `${path}.year`,
      message: {
        en: 'This figure has no year: readers cannot tell how current it is.',
        fr: 'Ce chiffre n’a pas d’année : le lecteur ne peut savoir s’il est à jour.',
      },
      detectedValue: null,
    })
  else if (options.currentYear - year > options.staleFigureYears)
    out.issues.push({
      rule: 'stale-figure',
      locale: null,
      fieldPath: `${path}.year`,
      message: {
        en: `This figure dates from ${year}, more than ${options.staleFigureYears} years ago.`,
        fr: `Ce chiffre date de ${year}, il y a plus de ${options.staleFigureYears} ans.`,
      },
      detectedValue: year,
      year,
    })
  if (options.locales.every((locale) => !textOf(row.source, locale)))
    out.issues.push({
      rule: 'figure-without-source',
      locale: null,
      fieldPath: `${path}.source`,
      message: {
        en: 'This figure has no source: readers cannot check it.',
        fr: 'Ce chiffre n’a pas de source : le lecteur ne peut le vérifier.',
      },
      detectedValue: null,
      year,
    })
  const value = typeof row.value === 'number' ? row.value : null
  for (const locale of options.locales) {
    const display = textOf(row.display, locale)
    if (!display || (locale !== 'en' && locale !== 'fr')) continue
    const check = checkDisplay(value, display, locale as DisplayLocale)
    if (check.matches !== false) continue
    out.issues.push({
      rule: 'display-mismatch',
      locale,
      fieldPath: `${path}.display`,
      message: {
        en: `The display text "${display}" does not show the stored value ${value}.`,
        fr: `Le texte affiché « ${display} » ne montre pas la valeur enregistrée ${value}.`,
      },
      detectedValue: { display, value, shown: check.shown.map((number) => number.value) },
      year,
    })
  }
}
