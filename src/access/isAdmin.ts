import type { Access } from 'payload'

import type { User } from '@/payload-types'
import { checkRole } from './roles'

export const isAdminUser = (user: User | null | undefined): boolean => checkRole(['admin'], user)

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)
