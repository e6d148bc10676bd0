import type { SelectField } from 'payload'

import { regions } from '@/constants/taxonomy'

export function region(): SelectField {
  return {
    name: 'region',
    type: 'select',
    label: { en: 'Region', fr: 'Région' },
    required: true,
    index: true,
    options: regions.map(({ value, label }) => ({ value, label })),
  }
}
