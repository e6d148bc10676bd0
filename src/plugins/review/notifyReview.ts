import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { documentTitle } from '@/utilities/documentTitle'
import type { ReviewEvent } from './applyReviewTransition'

async function emailsOf(req: PayloadRequest, where: Record<string, unknown>): Promise<string[]> {
  const users = await req.payload.find({
    collection: collectionSlugs.users,
    where: where as never,
    depth: 0,
    pagination: false,
    overrideAccess: true, // who to tell is not the acting user's business
    req,
  })
  return users.docs.map((u) => u.email)
}

/** Emails the communications team on a submission and the submitter on a decision. */
export const notifyReview: CollectionAfterChangeHook = async ({
  doc,
  req,
  context,
  collection,
}) => {
  const event = context.reviewEvent as ReviewEvent | undefined
  if (!event) return doc
  const link = `${req.payload.config.serverURL}/admin/collections/${collection.slug}/${doc.id}`
  const title = documentTitle(doc) ?? `#${doc.id}`
  const submitter = doc.review?.submittedBy
  const recipients =
    event === 'submitted'
      ? await emailsOf(req, { role: { equals: 'communications' } })
      : submitter
        ? await emailsOf(req, {
            id: { equals: typeof submitter === 'object' ? submitter.id : submitter },
          })
        : []
  if (recipients.length === 0) return doc

  const subject = {
    submitted: `Review requested: ${title}`,
    changes_requested: `Changes requested: ${title}`,
    approved: `Published: ${title}`,
  }[event]
  const comment =
    event === 'changes_requested' && doc.review?.comment
      ? `\n\nComment:\n${doc.review.comment}`
      : ''
  try {
    await req.payload.sendEmail({
      to: recipients.join(', '),
      subject: `[Grappes] ${subject}`,
      text: `${subject}\n${link}${comment}`,
    })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Review notification "${subject}" could not be sent.`,
    })
  }
  return doc
}
