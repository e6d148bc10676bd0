import type { Field } from 'payload'

import { internalField } from '@/access/field/internalField'
import type { LocalizedField } from './localizedFields'
import { incompleteFieldNames, optionValue } from './markTranslationIncomplete'

/**
 * The flag and the list of fields missing in French, computed on save (never typed in), read by
 * the people who edit in the admin: a list column and a filter.
 */
export function incompleteFields(texts: LocalizedField[]): Field[] {
  return [
    {
      name: incompleteFieldNames.incomplete,
      type: 'checkbox',
      label: { en: 'French incomplete', fr: 'Français incomplet' },
      defaultValue: false,
      index: true,
      access: { read: internalField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'Set on save: some text has English and no French (readers of the French site see the English).',
          fr: 'Calculé à l’enregistrement : un texte a de l’anglais et pas de français (les lecteurs du site français voient l’anglais).',
        },
      },
    },
    {
      name: incompleteFieldNames.missing,
      type: 'select',
      hasMany: true,
      label: { en: 'French incomplete: missing', fr: 'Français incomplet : manque' },
      options: texts.map((field) => ({ value: optionValue(field.path), label: field.label })),
      access: { read: internalField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => data?.[incompleteFieldNames.incomplete] === true,
      },
    },
  ]
}
