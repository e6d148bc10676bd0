import type { Access } from 'payload'

import type { User } from '@/payload-types'
import { checkRole } from './roles'

/** Editors write and publish content: admins and the communications team. */
export const isEditorUser = (user: User | null | undefined): boolean =>
  checkRole(['admin', 'communications'], user)

export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)
