import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * A user created by the invite endpoint (`context.invitation`) is an invitation waiting for its
 * password; the fields are closed to API writes, so the system sets them here.
 */
export const markInvitation: CollectionBeforeChangeHook<User> = ({ context, data, operation }) => {
  if (operation !== 'create' || !context.invitation) return data
  return { ...data, invitation: 'pending', invitedAt: new Date().toISOString() }
}
