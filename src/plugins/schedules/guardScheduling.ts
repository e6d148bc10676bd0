import { createLocalReq, type Payload, type TaskConfig, type Where } from 'payload'

import { publishRefusal } from './publishRefusal'
import { isPublication, SCHEDULE_PUBLISH, type ScheduleInput } from './scheduleInput'
import { SEND_SCHEDULE_FAILURE_EMAIL } from './sendScheduleFailureEmail'

/**
 * Hooks Payload's scheduled publishing on a started Payload instance:
 *
 * - `payload.jobs.queue`, the one way every schedule is made (the admin's drawer, `POST
 *   /api/schedules`, the Local API), refuses a publication whose publish would fail now.
 * - the `schedulePublish` task's `onFail` queues the e-mail to its scheduler.
 * - the runner's deletion of completed jobs (`deleteJobOnComplete`) spares scheduled
 *   publications, which the schedules view lists as done; other jobs are still deleted.
 *
 * Payload offers no hook for these: the jobs collection's hooks run only with `jobs.runHooks`,
 * which in 3.90 breaks the runner (its `log: { $push }` updates fail validation), the task is
 * added by Payload itself after the plugins, and `deleteJobOnComplete` is one setting for every
 * task. So they are wrapped here, once, as the database adapter's commits are
 * (src/plugins/contentVersion/afterCommit.ts).
 */
export function guardScheduling(payload: Payload): void {
  const queue = payload.jobs.queue
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    if ('task' in args && args.task === SCHEDULE_PUBLISH) {
      const input = args.input as ScheduleInput
      if (isPublication(input)) {
        const refusal = await publishRefusal(args.req ?? (await createLocalReq({}, payload)), input)
        if (refusal) throw refusal
      }
    }
    return queue(args)
  }) as typeof queue

  keepCompletedSchedules(payload)

  const task = payload.config.jobs.tasks?.find(({ slug }) => slug === SCHEDULE_PUBLISH)
  if (!task) return
  const onFail = task.onFail
  task.onFail = (async (args) => {
    await onFail?.(args)
    // Outside the runner's request: the e-mail job must exist whatever becomes of the failed one.
    // Its task reads the reason, which Payload stores on the job just after this call.
    await payload.jobs.queue({
      task: SEND_SCHEDULE_FAILURE_EMAIL,
      input: { job: args.job.id },
    })
  }) as TaskConfig['onFail']
}

/** Not a scheduled publication (jobs of a workflow have no task slug). */
const notASchedule: Where = {
  or: [{ taskSlug: { not_equals: SCHEDULE_PUBLISH } }, { taskSlug: { exists: false } }],
}

/**
 * The runner deletes the jobs it completed with `db.deleteMany({ where: { id: { in } } })` and no
 * request; that one call is narrowed to jobs that are not scheduled publications.
 */
function keepCompletedSchedules(payload: Payload): void {
  const deleteMany = payload.db.deleteMany.bind(payload.db)
  payload.db.deleteMany = async (args) => {
    const isRunnerCleanup =
      args.collection === 'payload-jobs' &&
      !args.req &&
      Object.keys(args.where).length === 1 &&
      Array.isArray(args.where.id && (args.where.id as { in?: unknown }).in)
    return deleteMany(
      isRunnerCleanup ? { ...args, where: { and: [args.where, notASchedule] } } : args,
    )
  }
}
