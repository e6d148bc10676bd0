import type { SelectField } from 'payload'

import { editorOnlyField } from '@/access/field/editorOnlyField'
import { regions } from '@/constants/taxonomy'

export function region(): SelectField {
  return {
    name: 'region',
    type: 'select',
    label: { en: 'Region', fr: 'Région' },
    required: true,
    index: true,
    // A secretariat keeps its profile current; where it sits is the editors' call.
    access: { update: editorOnlyField },
    options: regions.map(({ value, label }) => ({ value, label })),
  }
}
