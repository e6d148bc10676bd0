import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { addHooks } from '../shared/addHooks'
import { applyReviewTransition } from './applyReviewTransition'
import { queueReviewEmail } from './queueReviewEmail'
import { reviewField } from './reviewField'
import { sendReviewEmailTask } from './sendReviewEmail'

export type ReviewOptions = {
  /** The collections whose changes a secretariat submits and communications decides on. */
  collections: CollectionSlug[]
}

/** What the dashboard's review queue receives from the plugin (see ReviewQueue.tsx). */
export type ReviewQueueProps = { reviewedCollections: CollectionSlug[] }

function withReview(collection: CollectionConfig): CollectionConfig {
  return addHooks(
    // First, so that the review state tops the sidebar.
    { ...collection, fields: [reviewField(), ...collection.fields] },
    { beforeChange: [applyReviewTransition], afterChange: [queueReviewEmail] },
  )
}

/**
 * The review workflow (draft → in review → published, or back with a comment) on the listed
 * collections: their `review` field, the transition rule, the e-mails it sends through the jobs
 * queue, and the dashboard's list of what waits for review. The list of reviewed collections is
 * written once, where the plugin is declared.
 */
export const review =
  ({ collections }: ReviewOptions): Plugin =>
  (config: Config): Config => {
    const reviewed = new Set<string>(collections)
    const unknown = collections.filter((slug) => !config.collections?.some((c) => c.slug === slug))
    if (unknown.length > 0) throw new Error(`review(): no collection ${unknown.join(', ')}`)
    const queueProps: ReviewQueueProps = { reviewedCollections: collections }
    return {
      ...config,
      collections: config.collections?.map((c) => (reviewed.has(c.slug) ? withReview(c) : c)),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            { path: '@/components/admin/ReviewQueue#ReviewQueue', serverProps: queueProps },
          ],
        },
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendReviewEmailTask] },
    }
  }
