import type { Config, Field, Plugin } from 'payload'

import { selfOrAdminField } from '@/access/field/selfOrAdminField'
import { systemOnlyField } from '@/access/field/systemOnlyField'
import { collectionSlugs } from '@/constants/slugs'

import { queueQualityDigestsTask, sendQualityDigestTask, type QualityDigestSettings } from './tasks'
import { unsubscribeEndpoints } from './unsubscribeEndpoint'

/** What a user sets (and admins see) about the digest, and what the system records of it. */
const userFields: Field[] = [
  {
    name: 'qualityDigest',
    type: 'checkbox',
    label: { en: 'Monthly data-quality e-mail', fr: 'Courriel mensuel de qualité des données' },
    defaultValue: true,
    access: { read: selfOrAdminField, update: selfOrAdminField },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Secretariats: once a month, the issues of your organization’s content.',
        fr: 'Secrétariats : une fois par mois, les problèmes du contenu de votre organisation.',
      },
    },
  },
  {
    name: 'qualityDigestLanguage',
    type: 'select',
    label: { en: 'Language of the e-mail', fr: 'Langue du courriel' },
    defaultValue: 'fr',
    options: [
      { value: 'fr', label: { en: 'French', fr: 'Français' } },
      { value: 'en', label: { en: 'English', fr: 'Anglais' } },
    ],
    access: { read: selfOrAdminField, update: selfOrAdminField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'qualityDigestSentFor',
    type: 'text',
    label: { en: 'Last data-quality e-mail (month)', fr: 'Dernier courriel de qualité (mois)' },
    access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * The monthly data-quality digest (issue 15): a scheduled task queues one digest per organization
 * whose documents have issues (the desk's `collectIssues`); each goes to the organization's active
 * secretariat users in their language, once per month, with a signed one-click unsubscribe link.
 */
export const qualityDigest =
  (settings: QualityDigestSettings): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === collectionSlugs.users
        ? { ...collection, fields: [...collection.fields, ...userFields] }
        : collection,
    ),
    endpoints: [...(config.endpoints ?? []), ...unsubscribeEndpoints],
    jobs: {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        queueQualityDigestsTask(settings),
        sendQualityDigestTask(settings),
      ],
    },
  })
