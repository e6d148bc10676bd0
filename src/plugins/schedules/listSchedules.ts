import type { Payload } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { failureReason } from './failureReason'
import { scheduledDocument, type ScheduledDocument } from './scheduledDocument'
import { SCHEDULE_PUBLISH, scheduleInputOf } from './scheduleInput'

export type ScheduleRow = {
  id: number
  state: 'upcoming' | 'done' | 'failed'
  type: 'publish' | 'unpublish'
  locale?: string
  /** When it is due, or when it ran. */
  when?: string
  scheduledBy?: string
  reason?: string
  document: ScheduledDocument
}

/** The most recent schedules, newest first: enough for a person to read, never the whole history. */
const LIMIT = 200

/** Every scheduled publication and unpublication Payload's jobs hold, in words for a person. */
export async function listSchedules(payload: Payload, language: string): Promise<ScheduleRow[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: SCHEDULE_PUBLISH } },
    sort: '-createdAt',
    limit: LIMIT,
    depth: 0,
    overrideAccess: true, // jobs are the system's; the view is for editors (checked by the view)
  })
  const userIds = [
    ...new Set(jobs.map((job) => scheduleInputOf(job).user?.value).filter((id) => id != null)),
  ]
  const { docs: users } = await payload.find({
    collection: collectionSlugs.users,
    where: { id: { in: userIds } },
    depth: 0,
    limit: userIds.length,
    pagination: false,
    overrideAccess: true, // names of schedulers, for editors
  })
  const nameOf = new Map(users.map((u) => [String(u.id), u.name || u.email]))
  return Promise.all(
    jobs.map(async (job): Promise<ScheduleRow> => {
      const input = scheduleInputOf(job)
      const state = job.hasError ? 'failed' : job.completedAt ? 'done' : 'upcoming'
      return {
        id: job.id,
        state,
        type: input.type === 'unpublish' ? 'unpublish' : 'publish',
        locale: input.locale ?? undefined,
        when:
          (state === 'upcoming' ? job.waitUntil : (job.completedAt ?? job.updatedAt)) ?? undefined,
        scheduledBy: input.user ? nameOf.get(String(input.user.value)) : undefined,
        reason: state === 'failed' ? failureReason(job) : undefined,
        document: await scheduledDocument(payload, input, language),
      }
    }),
  )
}
