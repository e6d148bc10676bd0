import type { Principal } from './roles'
import { checkRole } from './roles'

/** A secretariat user works for one organization; without one it may edit nothing. */
export const isSecretariatUser = (user: Principal | null | undefined): boolean =>
  checkRole(['secretariat'], user)
