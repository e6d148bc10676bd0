import type { Config } from 'payload'

import { contentCollections } from '@/constants/slugs'

import { addHooks } from '../shared/addHooks'
import { Releases } from './collection'
import { publishReleaseTask } from './publishReleaseTask'
import { scopeDraftReads } from './scopeDraftReads'

const isContent = (slug: string) => (contentCollections as readonly string[]).includes(slug)

/**
 * Releases: documents of the versioned collections published together, in one transaction, now
 * (`POST /api/releases/:id/publish`) or on a schedule (`/schedule`, `/unschedule`, run by the jobs
 * queue exactly once), and rolled back as one (`/rollback`); previewed on the site with a signed
 * link that shows the release's drafts and only those (`GET /api/releases/:id/preview-link`).
 * Only editors act on releases.
 */
export const releases = (config: Config): Config => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      isContent(collection.slug)
        ? addHooks(collection, { beforeOperation: [scopeDraftReads] })
        : collection,
    ),
    Releases,
  ],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), publishReleaseTask] },
})
