import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'communications', 'secretariat'] as const
export type Role = (typeof roles)[number]

/** Whoever is signed in: a person (users) or a front end's API client (api-clients). */
export type Principal = PayloadRequest['user']

/** True when a person (never an API client) holds one of the given roles. */
export function checkRole(allowed: readonly Role[], user: Principal | null | undefined): boolean {
  const role = user && 'role' in user ? user.role : undefined
  return Boolean(role && (allowed as readonly string[]).includes(role))
}

/** The id of the organization a user works for, whether the relation is populated or not. */
export function organizationOf(user: Principal | null | undefined): number | undefined {
  const organization = user && 'organization' in user ? user.organization : undefined
  if (typeof organization === 'number') return organization
  if (organization && typeof organization === 'object' && 'id' in organization)
    return organization.id
  return undefined
}
