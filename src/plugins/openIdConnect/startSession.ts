import { getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'

/**
 * The Grappes session of a person the provider signed in, made as Payload's login operation makes
 * it (payload/dist/auth/operations/login.js): a session added to the user (`useSessions`), the
 * same signed fields, Payload's own JWT signing and cookie. So `me`, `refresh-token` and `logout`
 * treat it as any other session, and ending it (logout, deactivation) ends it.
 */
export async function startSession(
  req: PayloadRequest,
  id: number,
): Promise<{ token: string; cookie: string }> {
  const { payload } = req
  const collectionConfig = payload.collections[collectionSlugs.users].config
  const user = (await payload.db.findOne({
    collection: collectionConfig.slug,
    req,
    where: { id: { equals: id } },
  })) as User & { collection: 'users' }
  user.collection = collectionSlugs.users
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  // Payload's afterLogin hooks run as after a password sign-in (the audit trail records it). Its
  // beforeLogin hooks do not: they check a password sign-in, and the provider did the checking.
  req.user = { ...user, _strategy: 'oidc' } as PayloadRequest['user']
  for (const hook of collectionConfig.hooks?.afterLogin ?? [])
    await hook({ collection: collectionConfig, context: req.context, req, token, user })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
  return { token, cookie }
}
