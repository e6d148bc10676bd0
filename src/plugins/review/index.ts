import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import type { ReviewActionsProps } from '@/components/admin/ReviewActions'

import { addHooks } from '../shared/addHooks'
import { applyReviewTransition } from './applyReviewTransition'
import { queueReviewEmail } from './queueReviewEmail'
import { reviewEndpoint } from './reviewEndpoint'
import { reviewField } from './reviewField'
import { sendReviewEmailTask } from './sendReviewEmail'

export type ReviewOptions = {
  /** The collections whose changes a secretariat submits and communications decides on. */
  collections: CollectionSlug[]
}

/** What the dashboard's review queue receives from the plugin (see ReviewQueue.tsx). */
export type ReviewQueueProps = { reviewedCollections: CollectionSlug[] }

const REVIEW_STATE_COLUMN = 'review.state'

/** The list's default columns with the review state before the last one (usually "updated at"). */
function withStateColumn(columns: string[] | undefined): string[] | undefined {
  if (!columns || columns.includes(REVIEW_STATE_COLUMN)) return columns
  return [...columns.slice(0, -1), REVIEW_STATE_COLUMN, ...columns.slice(-1)]
}

function withReview(collection: CollectionConfig): CollectionConfig {
  const actionsProps: ReviewActionsProps = { collection: collection.slug as CollectionSlug }
  const components = collection.admin?.components
  return addHooks(
    {
      ...collection,
      admin: {
        ...collection.admin,
        defaultColumns: withStateColumn(collection.admin?.defaultColumns),
        components: {
          ...components,
          edit: {
            ...components?.edit,
            beforeDocumentControls: [
              ...(components?.edit?.beforeDocumentControls ?? []),
              { path: '@/components/admin/ReviewActions#ReviewActions', serverProps: actionsProps },
            ],
          },
        },
      },
      // First, so that the review state tops the sidebar.
      fields: [reviewField(), ...collection.fields],
      endpoints: [...(collection.endpoints || []), reviewEndpoint],
    },
    { beforeChange: [applyReviewTransition], afterChange: [queueReviewEmail] },
  )
}

/**
 * The review workflow (draft → in review → published, or back with a comment) on the listed
 * collections: their `review` field (a list column and filter), the one transition rule, the
 * actions (`POST /api/<slug>/:id/review/<action>` and their buttons in the edit view), the e-mails
 * it sends through the jobs queue, and the dashboard's list of what waits on each person. The
 * list of reviewed collections is written once, where the plugin is declared.
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
          // A secretariat may edit drafts but not restore onto the published document.
          providers: [
            ...(config.admin?.components?.providers ?? []),
            '@/components/admin/RestoreOnlyForPublishers#RestoreOnlyForPublishers',
          ],
        },
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendReviewEmailTask] },
    }
  }
