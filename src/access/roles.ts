import type { User } from '@/payload-types'

export const roles = ['admin', 'communications', 'secretariat'] as const
export type Role = (typeof roles)[number]

/** True when the user holds one of the given roles. */
export function checkRole(
  allowed: readonly Role[],
  user: Pick<User, 'role'> | null | undefined,
): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
