import type { Config, Plugin } from 'payload'

import { guardScheduling } from './guardScheduling'
import { scheduleEndpoint } from './scheduleEndpoint'
import { sendScheduleFailureEmailTask } from './sendScheduleFailureEmail'

/** Where the schedules view lives in the admin (under `routes.admin`). */
export const SCHEDULES_VIEW_PATH = '/schedules'

/**
 * Scheduled publications that cannot fail silently, for every collection and global with
 * `versions.drafts.schedulePublish`:
 * - a publication is queued only if its publish would pass now, and a failure e-mails the
 *   scheduler (`guardScheduling`, on the started instance);
 * - completed scheduled publications are kept (other completed jobs are still deleted), so the
 *   schedules view lists what was done as well as what failed and what is to come;
 * - `POST /api/schedules` schedules over REST, and the admin's drawer goes through it (the
 *   `ScheduleRefusalProvider`), so that a refusal shows its reason there.
 */
export const schedules =
  (): Plugin =>
  (config: Config): Config => {
    const components = config.admin?.components
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), scheduleEndpoint],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        guardScheduling(payload)
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), sendScheduleFailureEmailTask],
      },
      admin: {
        ...config.admin,
        components: {
          ...components,
          providers: [
            ...(components?.providers ?? []),
            '@/components/admin/ScheduleRefusalProvider#ScheduleRefusalProvider',
          ],
          afterNavLinks: [
            ...(components?.afterNavLinks ?? []),
            '@/components/admin/SchedulesNavLink#SchedulesNavLink',
          ],
          views: {
            ...components?.views,
            schedules: {
              Component: '@/components/admin/SchedulesView#SchedulesView',
              path: SCHEDULES_VIEW_PATH,
            },
          },
        },
      },
    }
  }
