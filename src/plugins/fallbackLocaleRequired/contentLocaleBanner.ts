import type { UIField } from 'payload'

/** The banner naming the content language, placed first in a localized document's form. */
export const contentLocaleBanner = (): UIField => ({
  name: 'contentLocaleBanner',
  type: 'ui',
  label: { en: 'Content language', fr: 'Langue du contenu' },
  admin: {
    disableListColumn: true,
    components: { Field: '@/components/admin/ContentLocaleBanner#ContentLocaleBanner' },
  },
})
