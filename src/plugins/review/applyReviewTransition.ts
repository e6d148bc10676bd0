import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isSecretariatUser } from '@/access/isSecretariat'
import { reviewStates, type ReviewState } from '@/constants/review'
import { translate } from '@/i18n/messages'
import type { Company, Cluster, Quote, Review } from '@/payload-types'
import { fieldError } from '@/utilities/fieldError'

import { actionLeadingTo, refusalOf, type Refusal } from './transitions'

/** What happened to a reviewed document in one save, for the e-mail that tells the next person. */
export type ReviewEvent = 'submitted' | 'withdrawn' | 'changes_requested' | 'approved'

export type ReviewedDocument = Cluster | Quote | Company

/** A state's label in the reader's language. */
export function stateLabel(req: PayloadRequest, state: ReviewState): string {
  const label = reviewStates.find((option) => option.value === state)?.label
  return label ? (req.i18n?.language === 'fr' ? label.fr : label.en) : state
}

/**
 * Why a requested state is refused. A role that may never make the move is a 400 naming the field
 * (the admin highlights it); a move that does not start from the stored state is a 409 (Conflict):
 * the document has moved on since the reader saw it.
 */
export function refusalError(req: PayloadRequest, refusal: Refusal, from: ReviewState): Error {
  if (refusal.reason === 'role')
    return fieldError(
      req,
      'review.state',
      isSecretariatUser(req.user) ? 'reviewSecretariatSubmits' : 'reviewEditorsDecide',
    )
  const expected = refusal.expected.map((state) => stateLabel(req, state)).join(' / ')
  return new APIError(
    translate(req, 'reviewWrongState', { state: stateLabel(req, from), expected }),
    409,
    null,
    true,
  )
}

/**
 * Moves a document through draft → in review → published (or back with a comment), and records
 * who did what, by the one rule of `reviewTransitions`: every door (REST, GraphQL, the review
 * actions, the admin) passes here. Publishing is the editors' act (`publishingRule` refuses it to
 * anyone else); a write that asks for another state is a request to move, checked against the
 * rule. The event is left in `context.reviewEvent` for `queueReviewEmail`.
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
  const stored = before.state ?? 'draft'
  const now = new Date().toISOString()

  if (data._status === 'published') {
    if (stored === 'in_review') context.reviewEvent = 'approved'
    return {
      ...data,
      review: { ...review, state: 'published', comment: null, decidedBy: user?.id, decidedAt: now },
    }
  }

  // A draft saved over the published version starts a new draft: that is where this save stands.
  const previous: ReviewState = stored === 'published' ? 'draft' : stored
  // `data` holds the whole document (the admin sends the stored state back with every save): a
  // state equal to the stored one is no request to move, nor is the state of a restored version.
  const asked = review.state && review.state !== stored ? review.state : undefined
  const requested = context.auditAction === 'restore' ? undefined : asked
  if (!requested) return { ...data, review: { ...review, state: previous } }

  // "Published" is reached by publishing, never by writing the state.
  if (requested === 'published')
    throw fieldError(
      req,
      'review.state',
      isSecretariatUser(user) ? 'reviewSecretariatSubmits' : 'reviewPublishedByPublishing',
    )
  const action = actionLeadingTo(requested)
  const refusal: Refusal | undefined = action ? refusalOf(action, user, previous) : undefined
  if (refusal) throw refusalError(req, refusal, previous)

  if (action === 'submit') {
    Object.assign(review, { submittedBy: user?.id, submittedAt: now })
    context.reviewEvent = 'submitted'
  }
  if (action === 'withdraw') context.reviewEvent = 'withdrawn'
  if (action === 'requestChanges') {
    if (!review.comment?.trim()) throw fieldError(req, 'review.comment', 'reviewCommentRequired')
    Object.assign(review, { decidedBy: user?.id, decidedAt: now })
    context.reviewEvent = 'changes_requested'
  }
  return { ...data, review }
}
