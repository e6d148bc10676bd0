import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { publishRefusal } from './publishRefusal'
import { isPublication, SCHEDULE_PUBLISH, type ScheduleInput } from './scheduleInput'
import { SEND_SCHEDULE_FAILURE_EMAIL } from './sendScheduleFailureEmail'

/**
 * Hooks Payload's scheduled publishing at its two ends, on a started Payload instance:
 *
 * - `payload.jobs.queue`, the one way every schedule is made (the admin's drawer, `POST
 *   /api/schedules`, the Local API), refuses a publication whose publish would fail now.
 * - the `schedulePublish` task's `onFail` queues the e-mail to its scheduler.
 *
 * Payload offers no hook for either: the jobs collection's hooks run only with `jobs.runHooks`,
 * which in 3.90 breaks the runner (its `log: { $push }` updates fail validation), and the task is
 * added by Payload itself after the plugins. So both are wrapped here, once, as the database
 * adapter's commits are (src/plugins/contentVersion/afterCommit.ts).
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
