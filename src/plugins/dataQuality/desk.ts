import type { Payload, PayloadRequest } from 'payload'

import { isApiClient } from '@/access/isApiClient'
import { isEditorUser } from '@/access/isEditor'
import { isSecretariatUser } from '@/access/isSecretariat'
import { organizationOf } from '@/access/roles'

import type { QualitySettings } from './collectIssues'

export const DATA_QUALITY_VIEW_PATH = '/data-quality'

/** Who reads the desk: editors every organization (null), a secretariat its own; nobody else. */
export function deskReader(
  user: PayloadRequest['user'] | null | undefined,
): { allowed: true; organization: number | null } | { allowed: false } {
  if (!user || isApiClient(user)) return { allowed: false }
  if (isEditorUser(user)) return { allowed: true, organization: null }
  const organization = organizationOf(user)
  if (isSecretariatUser(user) && organization !== undefined) return { allowed: true, organization }
  return { allowed: false }
}

/** The rules' settings, as the plugin was given them (kept in the config's `custom`). */
export function deskSettings(payload: Payload): QualitySettings {
  return (payload.config.custom as { dataQuality: QualitySettings }).dataQuality
}
