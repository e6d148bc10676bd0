import { generatePayloadCookie, getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser } from 'payload/shared'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'

export type StoredUser = User & { collection: 'users'; _strategy?: string }

/** The user as stored (hidden fields included), ready to be signed in. */
export async function storedUserForLogin(
  req: PayloadRequest,
  id: number | string,
): Promise<StoredUser> {
  const user = (await req.payload.db.findOne({
    collection: collectionSlugs.users,
    req,
    where: { id: { equals: id } },
  })) as StoredUser
  user.collection = collectionSlugs.users
  return user
}

/**
 * What Payload's login operation does once it has let a user in (payload/dist/auth/operations/
 * login.js), for the ways in that are not Payload's password login (the second factor's last step,
 * single sign-on): a session added to the user (`useSessions`, so `me`, `refresh-token` and
 * `logout` treat it as any other, and ending sessions ends it), the same signed fields, Payload's
 * own JWT and cookie, and the collection's afterLogin hooks (the audit trail's sign-in entry, the
 * last sign-in, the known browser of the sign-in throttle). The one place this is written.
 */
export async function startLoginSession(
  req: PayloadRequest,
  user: StoredUser,
): Promise<{ exp: number; token: string; cookie: string; user: StoredUser }> {
  const { payload } = req
  const collectionConfig = payload.collections[collectionSlugs.users].config
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  req.user = user as PayloadRequest['user']
  let signedIn = user
  for (const hook of collectionConfig.hooks?.afterLogin ?? [])
    signedIn =
      (await hook({
        collection: collectionConfig,
        context: req.context,
        req,
        token,
        user: signedIn,
      })) || signedIn
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
  return { exp, token, cookie, user: signedIn }
}
