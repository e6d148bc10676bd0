import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'

import { endAllSessions } from '../sessions'

/**
 * Off-boarding: a deactivated user's tokens must stop working on their next request, not when they
 * expire.
 */
export const endSessionsOfDeactivatedUser: CollectionAfterChangeHook<User> = async ({
  doc,
  req,
}) => {
  if (doc.active !== false) return doc
  await endAllSessions(req, doc.id)
  return doc
}
