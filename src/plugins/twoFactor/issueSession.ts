import { generatePayloadCookie, getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser } from 'payload/shared'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'

export type IssuedSession = { exp: number; token: string; user: User; cookie: string }

/**
 * What Payload's login operation does once a password is accepted, for a user who has passed the
 * second step: the collection's login hooks (deactivated users, the audit trail's "login" entry),
 * a session (`useSessions`, so logout, refresh and `me` work as usual), the signed token, and the
 * cookie. `req.context.secondFactorPassed` lets the two-factor hook of `beforeLogin` through.
 */
export async function issueSession(
  req: PayloadRequest,
  userId: number | string,
): Promise<IssuedSession> {
  const { payload } = req
  const collectionConfig = payload.collections[collectionSlugs.users].config
  req.context.secondFactorPassed = true
  let user = (await payload.db.findOne({
    collection: collectionSlugs.users,
    req,
    where: { id: { equals: userId } },
  })) as User & { collection: 'users'; _strategy?: string }
  user.collection = collectionSlugs.users
  user._strategy = 'local-jwt'
  for (const hook of collectionConfig.hooks?.beforeLogin ?? [])
    user = (await hook({ collection: collectionConfig, context: req.context, req, user })) || user
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  req.user = user
  for (const hook of collectionConfig.hooks?.afterLogin ?? [])
    user =
      (await hook({ collection: collectionConfig, context: req.context, req, token, user })) || user
  // Read back as the user reads themself: hidden and access-protected fields stay out.
  const readable = await payload.findByID({
    collection: collectionSlugs.users,
    id: user.id,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
  return { exp, token, user: readable, cookie }
}
