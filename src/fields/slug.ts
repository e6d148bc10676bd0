import type { FieldHook, TextField } from 'payload'

import { translate } from '@/i18n/messages'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Aéro Montréal!" → "aero-montreal" */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const slugFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.length > 0) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const text = typeof source === 'object' && source !== null ? source.en : source
    return typeof text === 'string' ? slugify(text) : value
  }

/** A unique, indexed URL slug, filled from `sourceField` (its English text) when left empty. */
export function slugField(sourceField = 'name'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug', fr: 'Identifiant d’URL' },
    // Not `required`: left empty it is filled from the source field, so APIs may omit it;
    // `validate` still refuses a document that ends up without one.
    unique: true,
    index: true,
    validate: (value: string | null | undefined, { req }) => {
      if (!value) return translate(req, 'slugRequired')
      return SLUG_PATTERN.test(value) || translate(req, 'slugPattern')
    },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Part of the public URL. Left empty, it is made from the name.',
        fr: 'Partie de l’URL publique. Laissé vide, il est tiré du nom.',
      },
    },
    hooks: { beforeValidate: [slugFromSource(sourceField)] },
  }
}
