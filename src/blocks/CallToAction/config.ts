import type { Block } from 'payload'

import { links } from '@/fields/links'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: { en: 'Call to action', fr: 'Appel à l’action' },
    plural: { en: 'Calls to action', fr: 'Appels à l’action' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true },
    { name: 'text', type: 'textarea', label: { en: 'Text', fr: 'Texte' }, localized: true },
    { ...links(), minRows: 1 },
  ],
}
