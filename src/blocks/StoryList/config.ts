import type { Block } from 'payload'

import { blockHeading } from '../shared'
import { strictNumber } from '@/fields/strictNumber'

export const StoryListBlock: Block = {
  slug: 'storyList',
  interfaceName: 'StoryListBlock',
  labels: {
    singular: { en: 'Story list', fr: 'Liste de récits' },
    plural: { en: 'Story lists', fr: 'Listes de récits' },
  },
  fields: [
    ...blockHeading,
    {
      name: 'edition',
      type: 'text',
      label: { en: 'Program edition', fr: 'Édition du programme' },
      admin: { description: { en: 'e.g. 2017-2018', fr: 'p. ex. 2017-2018' } },
    },
    {
      name: 'limit',
      type: 'number',
      validate: strictNumber,
      label: { en: 'How many', fr: 'Combien' },
      min: 1,
      max: 50,
      defaultValue: 6,
    },
  ],
}
