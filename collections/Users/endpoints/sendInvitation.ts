import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'

/** An invitation's link lives a week (a password reset's, Payload's default hour). */
export const INVITATION_DAYS = 7
const INVITATION_LIFETIME_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Opens (or opens again) an invitation: a fresh token from Payload's forgot-password operation,
 * valid for a week, whose link leads to Payload's own reset-password view, where the person chooses
 * a password and is signed in. A new token replaces the previous one, so only the latest link
 * works. The e-mail is written in the language of the admin who sends it.
 */
export async function sendInvitation(
  req: PayloadRequest,
  invitee: { email: string; name: string },
): Promise<void> {
  const token = await req.payload.forgotPassword({
    collection: collectionSlugs.users,
    data: { email: invitee.email },
    disableEmail: true,
    expiration: INVITATION_LIFETIME_MS,
    req,
  })
  const { serverURL, routes } = req.payload.config
  const link = `${serverURL}${routes.admin}/reset/${token}`
  const inviter = (req.user && 'name' in req.user && req.user.name) || 'Grappes'
  const vars = { name: invitee.name, inviter, days: INVITATION_DAYS, email: invitee.email }
  const lines = [
    translate(req, 'invitationGreeting', vars),
    translate(req, 'invitationBody', vars),
    `${translate(req, 'invitationAction', vars)}: ${link}`,
    translate(req, 'invitationExpiry', vars),
  ]
  await req.payload.sendEmail({
    to: invitee.email,
    subject: `[Grappes] ${translate(req, 'invitationSubject', vars)}`,
    text: lines.join('\n\n'),
    html: [
      `<p>${escapeHtml(lines[0])}</p>`,
      `<p>${escapeHtml(lines[1])}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(translate(req, 'invitationAction', vars))}</a></p>`,
      `<p>${escapeHtml(lines[3])}</p>`,
    ].join('\n'),
  })
}
