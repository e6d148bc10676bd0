import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { collectionSlugs } from '@/constants/slugs'
import { webhookEvents } from '@/constants/webhooks'

/** One event sent (or being retried) to one webhook: written by the delivery job only. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: collectionSlugs.webhookDeliveries,
  labels: {
    singular: { en: 'Webhook delivery', fr: 'Envoi de webhook' },
    plural: { en: 'Webhook deliveries', fr: 'Envois de webhooks' },
  },
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'webhook', 'event', 'status', 'attempts', 'responseStatus'],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: collectionSlugs.webhooks,
      required: true,
      index: true,
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: webhookEvents.map((value) => ({ value, label: value })),
    },
    { name: 'summary', type: 'text' },
    { name: 'body', type: 'json', required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'succeeded', 'retrying', 'failed'].map((value) => ({
        value,
        label: value,
      })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'responseStatus', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'deliveredAt', type: 'date' },
  ],
}
