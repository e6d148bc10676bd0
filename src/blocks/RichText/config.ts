import type { Block } from 'payload'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: {
    singular: { en: 'Rich text', fr: 'Texte enrichi' },
    plural: { en: 'Rich texts', fr: 'Textes enrichis' },
  },
  fields: [
    {
      name: 'content',
      type: 'richText',
      label: { en: 'Content', fr: 'Contenu' },
      localized: true,
      required: true,
    },
  ],
}
