import { Forbidden, NotFound, type Endpoint } from 'payload'

import { isAdminUser } from '@/access/isAdmin'
import { collectionSlugs } from '@/constants/slugs'
import { translate } from '@/i18n/messages'
import { writeAuditEntry } from '@/plugins/auditTrail/writeAuditEntry'

import { clearThrottle, normalizedEmail } from './throttle'

/** `POST /api/users/:id/sign-in-throttle/clear`: an admin lifts every wait of an account. */
export const clearThrottleEndpoint: Endpoint = {
  path: '/:id/sign-in-throttle/clear',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) throw new Forbidden(req.t)
    const id = Number(req.routeParams?.id)
    const user = Number.isInteger(id)
      ? await req.payload.db.findOne<{ id: number; email: string }>({
          collection: collectionSlugs.users,
          where: { id: { equals: id } },
          req,
        })
      : null
    if (!user) throw new NotFound(req.t)
    await clearThrottle(req.payload, normalizedEmail(user.email) as string)
    await writeAuditEntry(
      req.payload,
      {
        action: 'throttle_cleared',
        collection: collectionSlugs.users,
        documentId: user.id,
        documentTitle: user.email,
      },
      req,
    )
    return Response.json({ message: translate(req, 'throttleCleared', { email: user.email }) })
  },
}
