import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { messages } from '@/i18n/messages'
import { documentTitle } from '@/utilities/documentTitle'

import type { ReviewedDocument } from './applyReviewTransition'
import { SEND_REVIEW_EMAIL } from './sendReviewEmail'

async function emailsOf(req: PayloadRequest, where: Where): Promise<string[]> {
  const users = await req.payload.find({
    collection: collectionSlugs.users,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true, // who to tell is not the acting user's business
    req,
  })
  return users.docs.map((u) => u.email)
}

const subjects = {
  submitted: 'reviewEmailSubmitted',
  withdrawn: 'reviewEmailWithdrawn',
  changes_requested: 'reviewEmailChangesRequested',
  approved: 'reviewEmailApproved',
} as const

/** Recipients have no language setting: each e-mail says it in English, then in French. */
const bothLanguages = (key: (typeof subjects)[keyof typeof subjects] | 'reviewEmailComment') =>
  `${messages.en[key]} / ${messages.fr[key]}`

/**
 * Tells the communications team of a submission (or its withdrawal) and the submitter of a
 * decision. The e-mail is a job queued in the save's transaction (`req`): it exists only if the save commits, and SMTP runs
 * afterwards, outside the transaction and its write lock.
 */
export const queueReviewEmail: CollectionAfterChangeHook<ReviewedDocument> = async ({
  doc,
  req,
  context,
  collection,
}) => {
  const event = context.reviewEvent
  if (!event) return doc
  const link = `${req.payload.config.serverURL}/admin/collections/${collection.slug}/${doc.id}`
  const title = documentTitle(doc) ?? `#${doc.id}`
  const submitter = doc.review?.submittedBy
  const recipients =
    event === 'submitted' || event === 'withdrawn'
      ? await emailsOf(req, { role: { equals: 'communications' } })
      : submitter
        ? await emailsOf(req, {
            id: { equals: typeof submitter === 'object' ? submitter.id : submitter },
          })
        : []
  // The review actions tell their user who was told (reviewEndpoint.ts). On `req.context`, not
  // `context`: each Local API call made with `req` (as above) replaces it with a copy.
  req.context.reviewNotified = recipients
  if (recipients.length === 0) return doc

  const key = subjects[event]
  const comment =
    event === 'changes_requested' && doc.review?.comment
      ? `\n\n${bothLanguages('reviewEmailComment')}:\n${doc.review.comment}`
      : ''
  await req.payload.jobs.queue({
    task: SEND_REVIEW_EMAIL,
    input: {
      to: recipients.join(', '),
      subject: `[Grappes] ${bothLanguages(key)}: ${title}`,
      text: `${messages.en[key]}: ${title}\n${messages.fr[key]} : ${title}\n${link}${comment}`,
    },
    req,
  })
  return doc
}
