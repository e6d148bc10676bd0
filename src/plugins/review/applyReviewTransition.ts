import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorUser } from '@/access/isEditor'
import { isSecretariatUser } from '@/access/isSecretariat'
import type { ReviewState } from '@/constants/review'
import type { Company, Cluster, Quote, Review } from '@/payload-types'
import { fieldError } from '@/utilities/fieldError'

/** What happened to a reviewed document in one save, for the e-mail that tells the next person. */
export type ReviewEvent = 'submitted' | 'changes_requested' | 'approved'

export type ReviewedDocument = Cluster | Quote | Company

/** The states a secretariat may ask for; anything else is an editor's decision. */
const isSecretariatState = (state: ReviewState | null | undefined) =>
  state !== 'changes_requested' && state !== 'published'

/**
 * Moves a document through draft → in review → published (or back with a comment), and records
 * who did what. Secretariats may only submit; publishing or sending back is the editors' call. The
 * event is left in `context.reviewEvent` for `queueReviewEmail`.
 */
export const applyReviewTransition: CollectionBeforeChangeHook<ReviewedDocument> = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.seeding) return { ...data, review: { state: 'published' } }
  const user = req.user
  const before: Review = originalDoc?.review ?? {}
  const review: Review = { ...before, ...data.review }
  const previous = before.state ?? 'draft'
  // `data` holds the whole document; a state equal to the stored one is no request to move.
  const requested = review.state && review.state !== previous ? review.state : undefined
  const now = new Date().toISOString()

  if (data._status === 'published') {
    if (previous === 'in_review') context.reviewEvent = 'approved'
    return {
      ...data,
      review: { ...review, state: 'published', comment: null, decidedBy: user?.id, decidedAt: now },
    }
  }

  if (isSecretariatUser(user)) {
    // The admin's form sends the stored state back with every save: an unchanged "published" is
    // no request, and the edit starts a new draft (below). Moving to an editor's state is refused.
    if (!isSecretariatState(requested)) {
      throw fieldError(req, 'review.state', 'reviewSecretariatSubmits')
    }
    if (requested === 'in_review' && previous !== 'in_review') {
      Object.assign(review, { submittedBy: user?.id, submittedAt: now })
      context.reviewEvent = 'submitted'
    }
    if (!requested) review.state = previous === 'published' ? 'draft' : previous
    return { ...data, review }
  }

  if (isEditorUser(user) && requested === 'changes_requested' && previous !== 'changes_requested') {
    if (!review.comment?.trim()) {
      throw fieldError(req, 'review.comment', 'reviewCommentRequired')
    }
    Object.assign(review, { decidedBy: user?.id, decidedAt: now })
    context.reviewEvent = 'changes_requested'
  }
  return { ...data, review }
}
