import type { TaskConfig } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { failureReason } from './failureReason'
import { scheduledDocument } from './scheduledDocument'
import { scheduleInputOf } from './scheduleInput'

export const SEND_SCHEDULE_FAILURE_EMAIL = 'sendScheduleFailureEmail'

/**
 * Tells the person who scheduled a publication that it failed: the document, the reason Payload
 * stored on the failed job, and a link. Queued by the `schedulePublish` task's `onFail`
 * (guardScheduling.ts); a failed send (SMTP down) throws, and the queue tries again later.
 */
export const sendScheduleFailureEmailTask: TaskConfig<typeof SEND_SCHEDULE_FAILURE_EMAIL> = {
  slug: SEND_SCHEDULE_FAILURE_EMAIL,
  label: 'Send a failed schedule e-mail',
  inputSchema: [{ name: 'job', type: 'number', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const job = await payload.findByID({
      collection: 'payload-jobs',
      id: input.job,
      depth: 0,
      disableErrors: true,
      overrideAccess: true, // the system reads its own jobs
    })
    const schedule = job ? scheduleInputOf(job) : {}
    if (!job || schedule.user?.relationTo !== collectionSlugs.users) return { output: {} }
    const scheduler = await payload.findByID({
      collection: collectionSlugs.users,
      id: schedule.user.value,
      depth: 0,
      disableErrors: true,
      overrideAccess: true, // who to tell is not the runner's business
    })
    if (!scheduler?.email) return { output: {} }
    const { title, label, adminPath } = await scheduledDocument(payload, schedule, 'en')
    const what = schedule.type === 'unpublish' ? 'unpublication' : 'publication'
    const subject = `Scheduled ${what} failed: ${title}`
    const reason = failureReason(job) ?? 'unknown'
    await payload.sendEmail({
      to: scheduler.email,
      subject: `[Grappes] ${subject}`,
      text: [
        `${subject} (${label}).`,
        `Reason: ${reason}`,
        `${payload.config.serverURL}${adminPath}`,
        '',
        `Échec de la ${schedule.type === 'unpublish' ? 'dépublication' : 'publication'} programmée : ${title}.`,
      ].join('\n'),
    })
    return { output: {} }
  },
}
