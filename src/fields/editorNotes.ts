import type { TextareaField } from 'payload'

import { internalField } from '@/access/field/internalField'

/** Notes editors leave for each other; never published. */
export function editorNotes(): TextareaField {
  return {
    name: 'editorNotes',
    type: 'textarea',
    label: { en: 'Editor notes (internal)', fr: 'Notes de rédaction (internes)' },
    access: { read: internalField },
    admin: { position: 'sidebar' },
  }
}
