import type { CollectionConfig } from 'payload'

import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { collectionSlugs } from '@/constants/slugs'
import { deliveryStatuses, webhookEventLabels, webhookEvents } from '@/constants/webhooks'

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
      label: { en: 'Webhook', fr: 'Webhook' },
      required: true,
      index: true,
    },
    {
      name: 'event',
      type: 'select',
      label: { en: 'Event', fr: 'Événement' },
      required: true,
      options: webhookEvents.map((value) => ({ value, label: webhookEventLabels[value] })),
    },
    { name: 'summary', type: 'text', label: { en: 'Summary', fr: 'Résumé' } },
    {
      name: 'body',
      type: 'json',
      label: { en: 'Body (JSON)', fr: 'Contenu (JSON)' },
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      label: { en: 'Status', fr: 'État' },
      defaultValue: 'pending',
      index: true,
      options: deliveryStatuses.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'attempts',
      type: 'number',
      label: { en: 'Attempts', fr: 'Tentatives' },
      defaultValue: 0,
    },
    {
      name: 'responseStatus',
      type: 'number',
      label: { en: 'Response status', fr: 'Code de réponse' },
    },
    { name: 'error', type: 'text', label: { en: 'Error', fr: 'Erreur' } },
    { name: 'deliveredAt', type: 'date', label: { en: 'Delivered at', fr: 'Envoyé le' } },
  ],
}
