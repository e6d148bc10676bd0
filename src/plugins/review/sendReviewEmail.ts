import type { TaskConfig } from 'payload'

export const SEND_REVIEW_EMAIL = 'sendReviewEmail'

/**
 * Sends one review e-mail queued by `queueReviewEmail`. A failure (SMTP down) throws, and the
 * queue tries again later, up to three more times.
 */
export const sendReviewEmailTask: TaskConfig<typeof SEND_REVIEW_EMAIL> = {
  slug: SEND_REVIEW_EMAIL,
  label: 'Send a review e-mail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}
