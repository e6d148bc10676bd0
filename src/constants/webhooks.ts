export const webhookEvents = ['publish', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof webhookEvents)[number]
export const webhookEventLabels: Record<WebhookEvent, { en: string; fr: string }> = {
  publish: { en: 'Publish', fr: 'Publication' },
  unpublish: { en: 'Unpublish', fr: 'Dépublication' },
  delete: { en: 'Delete', fr: 'Suppression' },
}
export const deliveryStatuses = [
  { value: 'pending', label: { en: 'Pending', fr: 'En attente' } },
  { value: 'succeeded', label: { en: 'Delivered', fr: 'Envoyé' } },
  { value: 'retrying', label: { en: 'Retrying', fr: 'Nouvel essai prévu' } },
  { value: 'failed', label: { en: 'Failed', fr: 'Échec' } },
] as const
export const WEBHOOK_TASK = 'deliverWebhook'
export const WEBHOOK_ATTEMPTS = 5
