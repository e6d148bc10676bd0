import type { PayloadJob } from '@/payload-types'

/** Payload's own task that carries out a scheduled publication (`versions.drafts.schedulePublish`). */
export const SCHEDULE_PUBLISH = 'schedulePublish'

/** The input Payload's `schedulePublish` task receives (payload/dist/versions/schedule/job.js). */
export type ScheduleInput = {
  type?: 'publish' | 'unpublish' | null
  locale?: string | null
  timezone?: string | null
  doc?: { relationTo: string; value: string | number } | null
  global?: string | null
  user?: { relationTo: string; value: string | number } | null
}

/** The job's input, when it is an object (Payload types it as any JSON). */
export function scheduleInputOf(job: Pick<PayloadJob, 'input'>): ScheduleInput {
  const input = job.input
  return input && typeof input === 'object' && !Array.isArray(input) ? (input as ScheduleInput) : {}
}

/** Only publications can fail validation; an unpublication always goes through. */
export const isPublication = (input: ScheduleInput) => (input.type ?? 'publish') === 'publish'
