import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * A deactivated user cannot sign in. The answer is the one a wrong password gets, so it tells
 * nobody whether the account exists or was deactivated.
 */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook<User> = ({ req, user }) => {
  if (user.active === false) throw new AuthenticationError(req.t)
  return user
}
