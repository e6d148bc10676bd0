import type { Access } from 'payload'

import { checkRole, type Principal } from './roles'

export const isAdminUser = (user: Principal | null | undefined): boolean =>
  checkRole(['admin'], user)

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)
