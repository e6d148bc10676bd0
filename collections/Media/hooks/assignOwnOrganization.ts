import type { CollectionBeforeValidateHook } from 'payload'

import { isSecretariatUser } from '@/access/isSecretariat'
import { organizationOf } from '@/access/roles'
import type { Media } from '@/payload-types'

/**
 * A file a secretariat uploads belongs to its own organization, whatever the request said (the
 * field's update access keeps it from moving a file later).
 */
export const assignOwnOrganization: CollectionBeforeValidateHook<Media> = ({
  data,
  req,
  operation,
}) => {
  if (!data || operation !== 'create' || !isSecretariatUser(req.user)) return data
  return { ...data, organization: organizationOf(req.user) }
}
