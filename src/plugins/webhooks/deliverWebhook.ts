import type { TaskConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { WEBHOOK_ATTEMPTS, WEBHOOK_TASK } from '@/constants/webhooks'
import { signatureHeader } from './sign'

/**
 * Sends one delivery and records the attempt. A failure throws, and the jobs queue retries it
 * with exponential backoff (the delay doubles each time) up to WEBHOOK_ATTEMPTS attempts.
 */
export function deliverWebhookTask(retryDelayMs: number): TaskConfig<'deliverWebhook'> {
  return {
    slug: WEBHOOK_TASK,
    inputSchema: [{ name: 'delivery', type: 'number', required: true }],
    retries: {
      attempts: WEBHOOK_ATTEMPTS - 1,
      backoff: { type: 'exponential', delay: retryDelayMs },
    },
    handler: async ({ input, req }) => {
      const { payload } = req
      const delivery = await payload.findByID({
        collection: collectionSlugs.webhookDeliveries,
        id: input.delivery,
        depth: 0, // the endpoint is read below, without its delivery history
        overrideAccess: true,
      })
      const webhook =
        typeof delivery.webhook === 'object'
          ? delivery.webhook
          : await payload.findByID({
              collection: collectionSlugs.webhooks,
              id: delivery.webhook,
              depth: 0,
              joins: false, // only its URL and secret are used, not its past deliveries
              overrideAccess: true, // the endpoint's URL and secret are read by the system
            })
      const body = JSON.stringify(delivery.body)
      const attempts = (delivery.attempts ?? 0) + 1
      let status: number | undefined
      let error: string | undefined
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'Grappes-Webhooks/1',
            'X-Grappes-Event': delivery.event,
            'X-Grappes-Delivery': String(delivery.id),
            'X-Grappes-Signature': signatureHeader(webhook.secret ?? '', body),
          },
          body,
          signal: AbortSignal.timeout(10_000),
        })
        status = response.status
        if (!response.ok) error = `the endpoint answered ${response.status}`
      } catch (cause) {
        error = (cause as Error).message
      }
      const outcome = error ? (attempts >= WEBHOOK_ATTEMPTS ? 'failed' : 'retrying') : 'succeeded'
      await payload.update({
        collection: collectionSlugs.webhookDeliveries,
        id: delivery.id,
        data: {
          attempts,
          responseStatus: status,
          error: error ?? null,
          status: outcome,
          deliveredAt: error ? undefined : new Date().toISOString(),
        },
        overrideAccess: true, // the delivery job keeps the history; no user writes it
        context: { audit: false },
      })
      if (error)
        throw new Error(`Webhook delivery ${delivery.id} to ${webhook.url} failed: ${error}`)
      return { output: {} }
    },
  }
}
