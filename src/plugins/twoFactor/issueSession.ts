import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'

import { startLoginSession, storedUserForLogin } from '../../../collections/Users/loginSession'

export type IssuedSession = { exp: number; token: string; user: User; cookie: string }

/**
 * What Payload's login operation does once a password is accepted, for a user who has passed the
 * second step: the collection's beforeLogin hooks (deactivated users), then the session, token,
 * cookie and afterLogin hooks (collections/Users/loginSession.ts). `req.context.secondFactorPassed`
 * lets the two-factor hook of `beforeLogin` through.
 */
export async function issueSession(
  req: PayloadRequest,
  userId: number | string,
): Promise<IssuedSession> {
  const { payload } = req
  const collectionConfig = payload.collections[collectionSlugs.users].config
  req.context.secondFactorPassed = true
  let user = await storedUserForLogin(req, userId)
  user._strategy = 'local-jwt'
  for (const hook of collectionConfig.hooks?.beforeLogin ?? [])
    user = (await hook({ collection: collectionConfig, context: req.context, req, user })) || user
  const { exp, token, cookie } = await startLoginSession(req, user)
  // Read back as the user reads themself: hidden and access-protected fields stay out.
  const readable = await payload.findByID({
    collection: collectionSlugs.users,
    id: user.id,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return { exp, token, user: readable, cookie }
}
