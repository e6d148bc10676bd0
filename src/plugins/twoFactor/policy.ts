import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { envOf } from '@/env'

/** Whether the role must sign in with a second factor (TWO_FACTOR_REQUIRED_ROLES). */
export const roleRequiresSecondFactor = (payload: Payload, role: Role | null | undefined) =>
  Boolean(role && envOf(payload.config).twoFactorRequiredRoles.includes(role))
