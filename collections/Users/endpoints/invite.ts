import { randomBytes } from 'node:crypto'
import {
  addDataAndFileToRequest,
  APIError,
  Forbidden,
  NotFound,
  type Endpoint,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import type { Role } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'

import { sendInvitation } from './sendInvitation'

type Invitation = { name?: string; email?: string; role?: Role; organization?: number | null }

function refuseNonAdmins(req: PayloadRequest): void {
  if (!isAdminUser(req.user)) throw new Forbidden(req.t)
}

/**
 * `POST /api/users/invite` {name, email, role, organization}: an admin invites a person, who
 * receives an e-mail with a link to choose their own password. The user is created with a random
 * password nobody knows (Payload requires one) and stays unable to sign in until then.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    refuseNonAdmins(req)
    await addDataAndFileToRequest(req)
    const { name, email, role, organization } = (req.data ?? {}) as Invitation
    const data: RequiredDataFromCollectionSlug<'users'> = {
      name: name as string, // validated by the collection: a missing name is a 400 naming it
      email: email as string,
      role: role as Role, // checked against the options; left out, the default applies
      organization,
      password: randomBytes(32).toString('base64url'),
    }
    const user = await req.payload.create({
      collection: collectionSlugs.users,
      data,
      user: req.user,
      overrideAccess: false,
      req,
      context: { invitation: true },
    })
    await sendInvitation(req, { email: user.email, name: user.name })
    return Response.json(
      {
        message: translate(req, 'inviteSent', { email: user.email }),
        doc: {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          invitation: user.invitation,
        },
      },
      { status: 201 },
    )
  },
}

/** `POST /api/users/:id/invite`: sends a pending invitation again, with a new link. */
export const resendInvitationEndpoint: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    refuseNonAdmins(req)
    const id = Number(req.routeParams?.id)
    const user = Number.isInteger(id)
      ? await req.payload.findByID({
          collection: collectionSlugs.users,
          id,
          depth: 0,
          disableErrors: true,
          user: req.user,
          overrideAccess: false,
          req,
        })
      : null
    if (!user) throw new NotFound(req.t)
    if (user.invitation !== 'pending')
      throw new APIError(translate(req, 'inviteAlreadyAccepted'), 409, undefined, true)
    await req.payload.update({
      collection: collectionSlugs.users,
      id: user.id,
      data: { invitedAt: new Date().toISOString() },
      overrideAccess: true, // the system records when it sent the invitation
      req,
    })
    await sendInvitation(req, { email: user.email, name: user.name })
    return Response.json({
      message: translate(req, 'inviteResent', { email: user.email }),
      doc: { id: user.id, invitation: user.invitation },
    })
  },
}
