import type { Access } from 'payload'

import { checkRole, type Principal } from './roles'

/** Editors write and publish content: admins and the communications team. */
export const isEditorUser = (user: Principal | null | undefined): boolean =>
  checkRole(['admin', 'communications'], user)

export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)
