import type { Block } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { en: 'Quote', fr: 'Citation' }, plural: { en: 'Quotes', fr: 'Citations' } },
  fields: [
    {
      name: 'quote',
      type: 'relationship',
      relationTo: collectionSlugs.quotes,
      required: true,
      label: { en: 'Quote', fr: 'Citation' },
    },
  ],
}
