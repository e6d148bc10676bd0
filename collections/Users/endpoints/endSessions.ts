import { Forbidden, NotFound, type Endpoint } from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'
import { writeAuditEntry } from '@/plugins/auditTrail/writeAuditEntry'

import { endAllSessions } from '../sessions'

/** `POST /api/users/:id/end-sessions`: an admin signs a user out everywhere (audited). */
export const endSessionsEndpoint: Endpoint = {
  path: '/:id/end-sessions',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) throw new Forbidden(req.t)
    const id = Number(req.routeParams?.id)
    const user = Number.isInteger(id)
      ? await req.payload.db.findOne<{ id: number; email: string; name: string }>({
          collection: collectionSlugs.users,
          where: { id: { equals: id } },
          req,
        })
      : null
    if (!user) throw new NotFound(req.t)
    await endAllSessions(req, user.id)
    await writeAuditEntry(
      req.payload,
      {
        action: 'sessions_ended',
        collection: collectionSlugs.users,
        documentId: user.id,
        documentTitle: user.name,
      },
      req,
    )
    return Response.json({ message: translate(req, 'sessionsEnded', { name: user.name }) })
  },
}
