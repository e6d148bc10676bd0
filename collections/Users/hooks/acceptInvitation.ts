import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/**
 * Choosing a password from a reset link (an invitation's link is one) signs the person in: the
 * operation runs the login hooks, so it is marked for `refusePendingInvitation` to let it through.
 */
export const acceptInvitation: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'resetPassword') req.context.acceptingInvitation = true
  return args
}

/** Once the person chose a password, the invitation is accepted and sign-in works as for anyone. */
export const markInvitationAccepted: CollectionAfterOperationHook<'users'> = async ({
  operation,
  result,
  req,
}) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id: number; invitation?: string | null } }).user
  if (user?.invitation !== 'pending') return result
  await req.payload.update({
    collection: collectionSlugs.users,
    id: user.id,
    data: { invitation: 'accepted' },
    overrideAccess: true, // the system closes the invitation it opened
    req,
  })
  user.invitation = 'accepted'
  return result
}
