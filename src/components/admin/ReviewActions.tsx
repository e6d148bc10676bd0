import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { ReviewedDocument } from '@/plugins/review/applyReviewTransition'
import { reviewDiffHref } from '@/plugins/review/reviewDiffHref'
import { availableActions } from '@/plugins/review/transitions'
import { readDraftAs } from '@/utilities/readDraftAs'

import { ReviewActionsBox } from './ReviewActionsBox'

/** What the review plugin passes to the edit view's review box. */
export type ReviewActionsProps = { collection: CollectionSlug }

type Props = ReviewActionsProps & {
  payload: Payload
  user?: TypedUser | null
  id?: number | string
}

/**
 * The edit view's review box (placed before the document controls by the review plugin): the
 * review state, the actions the signed-in person may take now (by the one rule of
 * `reviewTransitions`), and, for a document in review, the comparison of its draft with the
 * published version. Nothing on a document not yet created.
 */
export async function ReviewActions({ payload, user, id, collection }: Props) {
  if (!user || id === undefined || id === null || id === '') return null
  const doc = (await readDraftAs(payload, collection, id, user)) as ReviewedDocument | null
  if (!doc) return null
  const state = doc.review?.state ?? 'draft'
  return (
    <ReviewActionsBox
      collection={collection}
      id={doc.id}
      state={state}
      actions={availableActions(user, state)}
      // A save over the published version makes a draft, which may then be submitted.
      actionsOnceSaved={state === 'published' ? availableActions(user, 'draft') : []}
      diffHref={
        state === 'in_review' ? await reviewDiffHref(payload, collection, doc.id, user) : undefined
      }
    />
  )
}
