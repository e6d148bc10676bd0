import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'
import type { Field, TextFieldSingleValidation, Validate } from 'payload'

import { isEditor, isEditorUser } from '@/access/isEditor'
import type { Principal } from '@/access/roles'
import { collectionSlugs, redirectedCollections } from '@/constants/slugs'
import { translate } from '@/i18n/messages'

type Target = { type?: 'reference' | 'custom' | null }

/** `to.reference` is needed when the target is a document, `to.url` when it is an address. */
const requiredFor =
  (type: 'reference' | 'custom'): Validate<unknown, unknown, Target> =>
  (value, { siblingData, req }) => {
    if (siblingData?.type !== type) return true
    const empty = value === null || value === undefined || value === ''
    return empty
      ? translate(req, type === 'reference' ? 'redirectNeedsDocument' : 'redirectNeedsUrl')
      : true
  }

const labels: Record<string, { en: string; fr: string }> = {
  from: { en: 'From (path without the language)', fr: 'De (chemin sans la langue)' },
  type: { en: 'Redirect to', fr: 'Rediriger vers' },
  reference: { en: 'Document', fr: 'Document' },
  url: { en: 'Address', fr: 'Adresse' },
}
const optionLabels: Record<string, { en: string; fr: string }> = {
  reference: { en: 'A document', fr: 'Un document' },
  custom: { en: 'An address', fr: 'Une adresse' },
}

/** The plugin's fields with our labels, and a validation per target type instead of `required`. */
function bilingual(field: Field): Field {
  if (!('name' in field)) return field
  const label = labels[field.name]
  switch (field.type) {
    case 'group':
      return { ...field, fields: field.fields.map(bilingual) }
    case 'radio':
      return {
        ...field,
        label,
        options: field.options.map((option) =>
          typeof option === 'string' ? option : { ...option, label: optionLabels[option.value] },
        ),
      }
    case 'relationship':
      return { ...field, label, required: false, validate: requiredFor('reference') as never }
    case 'text':
      if (field.name === 'url')
        return {
          name: field.name,
          type: 'text',
          label,
          admin: field.admin,
          validate: requiredFor('custom') as TextFieldSingleValidation,
        }
      return {
        ...field,
        label,
        admin: {
          ...field.admin,
          description: {
            en: 'The old address, without the language: /clusters/old-slug, or /old-slug for a page.',
            fr: 'L’ancienne adresse, sans la langue : /clusters/ancien-identifiant, ou /ancien-identifiant pour une page.',
          },
        },
      }
    default:
      return field
  }
}

/**
 * `@payloadcms/plugin-redirects`' collection, for the collections with public site pages: an
 * internal table that editors keep (slugRedirects writes to it when a published slug changes),
 * never read by the public: the site and the API answer its redirects themselves.
 */
export const redirectsOptions: RedirectsPluginConfig = {
  collections: [...redirectedCollections],
  overrides: {
    slug: collectionSlugs.redirects,
    labels: {
      singular: { en: 'Redirect', fr: 'Redirection' },
      plural: { en: 'Redirects', fr: 'Redirections' },
    },
    access: { create: isEditor, read: isEditor, update: isEditor, delete: isEditor },
    admin: {
      useAsTitle: 'from',
      group: { en: 'Pages', fr: 'Pages' },
      hidden: ({ user }) => !isEditorUser(user as Principal | null),
      description: {
        en: 'Old addresses of renamed documents: the site answers them with a permanent redirect (301).',
        fr: 'Anciennes adresses des documents renommés : le site y répond par une redirection permanente (301).',
      },
    },
    fields: ({ defaultFields }) => defaultFields.map(bilingual),
  },
}
