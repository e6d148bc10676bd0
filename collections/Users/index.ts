import type { CollectionConfig, Field } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOnlyField } from '@/access/field/adminOnlyField'
import { selfOrAdminField } from '@/access/field/selfOrAdminField'
import { systemOnlyField } from '@/access/field/systemOnlyField'
import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { isAuthenticated } from '@/access/isAuthenticated'
import { roles } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'
import { enforcePasswordPolicy } from '@/hooks/enforcePasswordPolicy'

import { endSessionsEndpoint } from './endpoints/endSessions'
import { inviteEndpoint, resendInvitationEndpoint } from './endpoints/invite'
import { acceptInvitation, markInvitationAccepted } from './hooks/acceptInvitation'
import { endSessionsOfDeactivatedUser } from './hooks/endSessionsOfDeactivatedUser'
import { equalizeLoginTiming } from './hooks/equalizeLoginTiming'
import { markInvitation } from './hooks/markInvitation'
import { onlyNameOfOthers } from './hooks/onlyNameOfOthers'
import { refuseDeactivatedLogin } from './hooks/refuseDeactivatedLogin'
import { refusePendingInvitation } from './hooks/refusePendingInvitation'
import { recordPasswordSignIn } from './lastSignIn'

const roleLabels = {
  admin: { en: 'Admin', fr: 'Administrateur' },
  communications: { en: 'Communications', fr: 'Communications' },
  secretariat: { en: 'Cluster secretariat', fr: 'Secrétariat de grappe' },
} as const

/** Set by the system only: an invitation is sent by the invite endpoint and accepted by a reset. */
const invitationFields: Field[] = [
  {
    name: 'invitation',
    type: 'select',
    label: { en: 'Invitation', fr: 'Invitation' },
    options: [
      {
        value: 'pending',
        label: {
          en: 'Sent, no password chosen yet',
          fr: 'Envoyée, mot de passe pas encore choisi',
        },
      },
      { value: 'accepted', label: { en: 'Accepted', fr: 'Acceptée' } },
    ],
    access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'invitedAt',
    type: 'date',
    label: { en: 'Invitation sent', fr: 'Invitation envoyée' },
    access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'resendInvitation',
    type: 'ui',
    label: { en: 'Send the invitation again', fr: 'Renvoyer l’invitation' },
    admin: {
      position: 'sidebar',
      condition: (data) => data?.invitation === 'pending',
      components: {
        Field: {
          path: '@/components/admin/UserAction#UserAction',
          clientProps: { action: 'invite', label: 'grappes:inviteResend' },
        },
      },
    },
  },
]

/** When the user last signed in, and the admin's button that ends every session of the user. */
const sessionFields: Field[] = [
  {
    name: 'lastSignInAt',
    type: 'date',
    label: { en: 'Last sign-in', fr: 'Dernière connexion' },
    access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      disableBulkEdit: true,
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
  {
    name: 'endSessions',
    type: 'ui',
    label: { en: 'End all sessions', fr: 'Fermer toutes les sessions' },
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '@/components/admin/UserAction#UserAction',
          clientProps: { action: 'end-sessions', label: 'grappes:sessionsEnd' },
        },
      },
    },
  },
]

const timestamp = (name: 'createdAt' | 'updatedAt', label: { en: string; fr: string }): Field => ({
  name,
  type: 'date',
  index: true,
  label,
  access: { read: selfOrAdminField },
  admin: { disableBulkEdit: true, hidden: true },
})
const timestampFields = [
  timestamp('updatedAt', { en: 'Updated at', fr: 'Modifié le' }),
  timestamp('createdAt', { en: 'Created at', fr: 'Créé le' }),
]

/**
 * The users collection; `secureCookies` (production) keeps the session cookie off plain HTTP.
 * A factory, so that importing it reads no environment: the config passes the setting in.
 */
export const Users = ({
  secureCookies,
}: {
  secureCookies: boolean
}): CollectionConfig<'users'> => ({
  slug: collectionSlugs.users,
  labels: {
    singular: { en: 'User', fr: 'Utilisateur' },
    plural: { en: 'Users', fr: 'Utilisateurs' },
  },
  access: {
    admin: isAuthenticated,
    create: isAdmin,
    // Every signed-in person reads every user, but only the name of the others (field access
    // below): the admin then names who holds a lock, who submitted and who decided.
    read: isAuthenticated,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  // A user that another document points at (review, audit, lock) is shown by name only.
  defaultPopulate: { name: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'email',
      'role',
      'organization',
      'invitation',
      'lastSignInAt',
      'signInThrottledUntil',
    ],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
    components: { beforeListTable: ['@/components/admin/InviteLink#InviteLink'] },
  },
  auth: {
    // The signed-in user is looked up on every request: without populating its organization (the
    // default, depth 2, cost a signed-in read a third more than an anonymous one). Access reads ids.
    depth: 0,
    // No lockout (anyone could lock a known editor out): progressive delays instead, see
    // src/plugins/signInThrottle. Payload's default would be 5 attempts.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  endpoints: [inviteEndpoint, resendInvitationEndpoint, endSessionsEndpoint],
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    // Payload's own e-mail field (merged with this one), readable only by its user and admins.
    {
      name: 'email',
      type: 'email',
      label: { en: 'Email', fr: 'Courriel' },
      access: { read: selfOrAdminField },
    },
    {
      name: 'role',
      type: 'select',
      label: { en: 'Role', fr: 'Rôle' },
      required: true,
      defaultValue: 'secretariat',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { read: selfOrAdminField, create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Organization', fr: 'Organisation' },
      saveToJWT: true,
      access: { read: selfOrAdminField, create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: {
          en: 'The organization a secretariat user edits for.',
          fr: 'L’organisation pour laquelle un utilisateur de secrétariat rédige.',
        },
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: { en: 'Active', fr: 'Actif' },
      defaultValue: true,
      access: { read: selfOrAdminField, create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Untick to off-board: sign-in is refused and open sessions end at once.',
          fr: 'Décochez pour retirer l’accès : la connexion est refusée et les sessions ouvertes prennent fin aussitôt.',
        },
      },
    },
    ...invitationFields,
    ...sessionFields,
    // Payload's timestamps, declared here only to keep them to the user and admins.
    ...timestampFields,
  ],
  hooks: {
    beforeOperation: [equalizeLoginTiming, acceptInvitation],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [markInvitation],
    beforeLogin: [refuseDeactivatedLogin, refusePendingInvitation],
    afterLogin: [recordPasswordSignIn],
    afterChange: [endSessionsOfDeactivatedUser],
    afterRead: [onlyNameOfOthers],
    afterOperation: [markInvitationAccepted],
  },
})
