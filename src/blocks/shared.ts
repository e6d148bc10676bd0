import type { Field } from 'payload'

/** Heading and introduction that most blocks open with. */
export const blockHeading: Field[] = [
  { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true },
  {
    name: 'intro',
    type: 'textarea',
    label: { en: 'Introduction', fr: 'Introduction' },
    localized: true,
  },
]
