import type { Access, ClientUser } from 'payload'

import { checkRole, type Principal } from './roles'

export const isAdminUser = (user: Principal | null | undefined): boolean =>
  checkRole(['admin'], user)

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

/** Admin-only collections are not even listed in the admin's navigation for anyone else. */
export const hiddenFromNonAdmins = ({ user }: { user: ClientUser }): boolean =>
  !(user && 'role' in user && user.role === 'admin')
