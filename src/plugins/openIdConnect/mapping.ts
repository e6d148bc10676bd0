import type { OidcGroupMapping } from '@/env'

import type { OidcSettings } from './settings'

/** The person's groups as the provider lists them: an array, or one group as a string. */
export function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim]
  if (typeof value === 'string') return [value]
  return Array.isArray(value)
    ? value.filter((group): group is string => typeof group === 'string')
    : []
}

/**
 * The role (and organization) of the first group of OIDC_ROLE_MAP the person is in: the map's
 * order is its priority, so list the groups with the most rights first.
 */
export function mappingFor(
  settings: OidcSettings,
  claims: Record<string, unknown>,
): (OidcGroupMapping & { group: string }) | undefined {
  const groups = new Set(groupsOf(claims, settings.groupsClaim))
  const group = Object.keys(settings.roleMap).find((name) => groups.has(name))
  return group === undefined ? undefined : { group, ...settings.roleMap[group] }
}
