import type { FieldAccess } from 'payload'

import { isAdminUser } from '../isAdmin'

/** Only admins may set this field (e.g. a user's role or organization). */
export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
