import type { ArrayField } from 'payload'

export const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/

export const validateUrl = (value: string | null | undefined): true | string =>
  !value ||
  HTTP_URL_PATTERN.test(value) ||
  'Enter a full web address starting with http:// or https://.'

/** A list of outbound links with a localized label. */
export function links(name = 'links'): ArrayField {
  return {
    name,
    type: 'array',
    maxRows: 20,
    label: { en: 'Links', fr: 'Liens' },
    interfaceName: 'Links',
    fields: [
      {
        name: 'label',
        type: 'text',
        label: { en: 'Label', fr: 'Libellé' },
        localized: true,
        required: true,
      },
      { name: 'url', type: 'text', label: 'URL', required: true, validate: validateUrl },
    ],
  }
}
