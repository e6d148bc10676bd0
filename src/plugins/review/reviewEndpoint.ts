import {
  addDataAndFileToRequest,
  APIError,
  NotFound,
  UnauthorizedError,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isSecretariatUser } from '@/access/isSecretariat'
import { translate, type MessageKey } from '@/i18n/messages'

import { refusalError, type ReviewedDocument } from './applyReviewTransition'
import { refusalOf, reviewActions, reviewTransitions, type ReviewAction } from './transitions'

const isReviewAction = (value: unknown): value is ReviewAction =>
  (reviewActions as readonly unknown[]).includes(value)

/** The write an action asks of Payload: publishing for an approval, a draft save of the state otherwise. */
function writeOf(action: ReviewAction, comment: unknown) {
  if (action === 'approve') return { data: { _status: 'published' as const }, draft: false }
  const review = {
    state: reviewTransitions[action].to,
    // Always sent, so an empty comment is refused rather than an earlier one reused.
    ...(action === 'requestChanges' ? { comment: typeof comment === 'string' ? comment : '' } : {}),
  }
  return { data: { review }, draft: true }
}

/** What the action did and who was told, in the reader's language. */
function noticeOf(req: PayloadRequest, action: ReviewAction, notified: string[]): string {
  const done = translate(req, `reviewDone_${action}` as MessageKey)
  const told =
    notified.length > 0
      ? translate(req, `reviewNotified_${action}` as MessageKey, { emails: notified.join(', ') })
      : translate(req, 'reviewNotifiedNobody')
  return `${done} ${told}`
}

/**
 * `POST /api/<slug>/:id/review/<action>` (submit, withdraw, requestChanges with `{ comment }`,
 * approve): one review action, as the signed-in person, through the same write and the same rule
 * (`applyReviewTransition`) as any other door. A role the rule never allows is a 403; a document
 * that is not in a state the action starts from is a 409; a missing comment a 400 naming it.
 * Refusals change nothing; a success answers what happened and who was e-mailed.
 */
export const reviewEndpoint: Endpoint = {
  path: '/:id/review/:action',
  method: 'post',
  handler: async (req) => {
    const { collection, id, action } = (req.routeParams ?? {}) as Record<string, string>
    if (!req.user) throw new UnauthorizedError(req.t)
    if (!isReviewAction(action)) throw new NotFound(req.t)
    const slug = collection as CollectionSlug
    const current = (await req.payload.findByID({
      collection: slug,
      id,
      draft: true,
      depth: 0,
      disableErrors: true,
      overrideAccess: false,
      user: req.user,
      req,
    })) as ReviewedDocument | null
    if (!current) throw new NotFound(req.t)

    const from = current.review?.state ?? 'draft'
    const refusal = refusalOf(action, req.user, from)
    if (refusal?.reason === 'role') {
      const key = isSecretariatUser(req.user) ? 'reviewSecretariatSubmits' : 'reviewEditorsDecide'
      throw new APIError(translate(req, key), 403, null, true)
    }
    if (refusal) throw refusalError(req, refusal, from)

    await addDataAndFileToRequest(req)
    const write = writeOf(action, req.data?.comment)
    const saved = (await req.payload.update({
      collection: slug,
      id,
      ...write,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as ReviewedDocument
    const notified = req.context.reviewNotified ?? []
    return Response.json({
      message: noticeOf(req, action, notified),
      notified,
      doc: { id: saved.id, _status: saved._status, review: saved.review },
    })
  },
}
