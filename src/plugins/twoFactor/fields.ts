import type { Field, FieldAccess } from 'payload'

import { selfOrAdminField } from '@/access/field/selfOrAdminField'
import { systemOnlyField } from '@/access/field/systemOnlyField'

/** Read by nobody, written by nobody over any API: only the system (database calls) sees them. */
const nobody: FieldAccess = () => false
const sealed = { read: nobody, create: nobody, update: nobody }

/**
 * The user's second factor. The secret (AES-GCM, key from PAYLOAD_SECRET), the recovery codes'
 * hashes and the last used time step are `hidden` and access-less: no REST, GraphQL or admin read
 * returns them, nor the audit trail (readableChanges' SECRET_FIELDS). Only whether it is on shows.
 */
export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    label: { en: 'Two-factor sign-in', fr: 'Connexion à deux facteurs' },
    defaultValue: false,
    access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Field: '@/components/admin/TwoFactorField#TwoFactorField' },
    },
  },
  { name: 'twoFactorSecret', type: 'text', hidden: true, access: sealed },
  { name: 'twoFactorRecoveryCodes', type: 'json', hidden: true, access: sealed },
  { name: 'twoFactorLastStep', type: 'number', hidden: true, access: sealed },
]
