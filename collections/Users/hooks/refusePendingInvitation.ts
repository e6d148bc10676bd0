import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * An invited person signs in only after choosing a password from the invitation's link. The
 * answer is the one a wrong password gets.
 */
export const refusePendingInvitation: CollectionBeforeLoginHook<User> = ({ req, user }) => {
  if (user.invitation === 'pending' && !req.context.acceptingInvitation)
    throw new AuthenticationError(req.t)
  return user
}
