import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { collectionSlugs } from '@/constants/slugs'
import { webhookEventLabels, webhookEvents } from '@/constants/webhooks'
import { validateUrl } from '@/fields/links'

/**
 * Front ends to notify when content is published, unpublished or deleted. Each delivery is a JSON
 * POST signed with the endpoint's secret (see src/plugins/webhooks/sign.ts), retried with backoff.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: collectionSlugs.webhooks,
  labels: {
    singular: { en: 'Webhook', fr: 'Webhook' },
    plural: { en: 'Webhooks', fr: 'Webhooks' },
  },
  access: { create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    {
      name: 'url',
      type: 'text',
      label: { en: 'URL', fr: 'Adresse URL' },
      required: true,
      validate: validateUrl,
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      label: { en: 'Events', fr: 'Événements' },
      defaultValue: [...webhookEvents],
      options: webhookEvents.map((value) => ({ value, label: webhookEventLabels[value] })),
    },
    {
      name: 'secret',
      type: 'text',
      label: { en: 'Signing secret', fr: 'Secret de signature' },
      admin: {
        description: { en: 'Left empty, one is generated.', fr: 'Laissé vide, il est généré.' },
      },
      hooks: { beforeValidate: [({ value }) => value || randomBytes(24).toString('base64url')] },
    },
    { name: 'active', type: 'checkbox', label: { en: 'Active', fr: 'Actif' }, defaultValue: true },
    {
      name: 'deliveries',
      type: 'join',
      collection: collectionSlugs.webhookDeliveries,
      on: 'webhook',
      label: { en: 'Delivery history', fr: 'Historique des envois' },
      defaultSort: '-createdAt',
    },
  ],
}
