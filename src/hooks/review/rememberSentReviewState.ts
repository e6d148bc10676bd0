import type { RequestContext } from 'payload'

/** Where `rememberSentReviewState` leaves the state the request itself sent. */
export const SENT_REVIEW_STATE = 'sentReviewState'

/**
 * By the time `beforeChange` runs, Payload has filled the fields the request left out from the
 * stored document, so a `review.state` equal to the stored one cannot tell "sent" from "left
 * out". The state as sent is kept here, before Payload touches the data.
 */
export const rememberSentReviewState = ({
  args,
  context,
  operation,
}: {
  // Typed by what it reads, so that it fits the `beforeOperation` of every reviewed collection.
  args: unknown
  context: RequestContext
  operation: string
}): void => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return
  const review = (args as { data?: { review?: unknown } }).data?.review
  context[SENT_REVIEW_STATE] =
    review && typeof review === 'object' ? (review as { state?: unknown }).state : undefined
}
