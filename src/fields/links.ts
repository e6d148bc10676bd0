import type { ArrayField, TextFieldSingleValidation } from 'payload'

import { translate } from '@/i18n/messages'

export const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/

export const validateUrl: TextFieldSingleValidation = (value, { req }) =>
  !value || HTTP_URL_PATTERN.test(value) || translate(req, 'urlInvalid')

/** A list of outbound links with a localized label. */
export function links(name = 'links'): ArrayField {
  return {
    name,
    type: 'array',
    maxRows: 20,
    label: { en: 'Links', fr: 'Liens' },
    labels: {
      singular: { en: 'Link', fr: 'Lien' },
      plural: { en: 'Links', fr: 'Liens' },
    },
    interfaceName: 'Links',
    fields: [
      {
        name: 'label',
        type: 'text',
        label: { en: 'Label', fr: 'Libellé' },
        localized: true,
        required: true,
      },
      {
        name: 'url',
        type: 'text',
        label: { en: 'URL', fr: 'Adresse URL' },
        required: true,
        validate: validateUrl,
      },
    ],
  }
}
