import type { Config } from 'payload'

import { Releases } from './collection'
import { publishReleaseTask } from './publishReleaseTask'

/**
 * Releases: documents of the versioned collections published together, in one transaction, now
 * (`POST /api/releases/:id/publish`) or on a schedule (`/schedule`, `/unschedule`, run by the jobs
 * queue exactly once), and rolled back as one (`/rollback`). Only editors act on releases.
 */
export const releases = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), Releases],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), publishReleaseTask] },
})
