export const webhookEvents = ['publish', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof webhookEvents)[number]
export const WEBHOOK_TASK = 'deliverWebhook'
export const WEBHOOK_ATTEMPTS = 5
