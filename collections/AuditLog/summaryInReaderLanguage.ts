import type { FieldHook } from 'payload'

import type { AuditLog } from '@/payload-types'
import { translate } from '@/i18n/messages'

/**
 * The entry's title is stored in English (it is searched as such); a failed sign-in is read in the
 * reader's language, in words ("Échec de connexion : someone@x").
 */
export const summaryInReaderLanguage: FieldHook<AuditLog, string | null | undefined> = ({
  req,
  siblingData,
  value,
}) => {
  if (siblingData?.action !== 'login_failed') return value
  return translate(req, 'auditFailedSignIn', { email: siblingData.userEmail ?? '?' })
}
