import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { nobody } from '@/access/nobody'
import { collectionSlugs } from '@/constants/slugs'

/**
 * The last answer of each outbound link the content holds, written by the link-check job only
 * (src/plugins/dataQuality/checkLinksTask.ts); a broken one becomes an issue on each document
 * holding it. Editors read them; nobody writes them through the API.
 */
export const LinkChecks: CollectionConfig<'link-checks'> = {
  slug: collectionSlugs.linkChecks,
  labels: {
    singular: { en: 'Link check', fr: 'Vérification de lien' },
    plural: { en: 'Link checks', fr: 'Vérifications de liens' },
  },
  access: { create: nobody, read: isEditor, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'ok', 'status', 'error', 'checkedAt'],
    group: { en: 'Data quality', fr: 'Qualité des données' },
  },
  defaultSort: '-checkedAt',
  fields: [
    {
      name: 'url',
      type: 'text',
      label: { en: 'URL', fr: 'Adresse URL' },
      required: true,
      unique: true,
      index: true,
    },
    { name: 'ok', type: 'checkbox', label: { en: 'Answers', fr: 'Répond' }, index: true },
    { name: 'status', type: 'number', label: { en: 'HTTP status', fr: 'Statut HTTP' } },
    { name: 'error', type: 'text', label: { en: 'Error', fr: 'Erreur' } },
    { name: 'method', type: 'text', label: { en: 'Method', fr: 'Méthode' } },
    { name: 'finalUrl', type: 'text', label: { en: 'Final URL', fr: 'Adresse URL finale' } },
    {
      name: 'redirects',
      type: 'json',
      label: { en: 'Redirects followed', fr: 'Redirections suivies' },
    },
    {
      name: 'checkedAt',
      type: 'date',
      label: { en: 'Checked at', fr: 'Vérifié le' },
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
