import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOnlyField } from '@/access/field/adminOnlyField'
import { isAdmin, hiddenFromNonAdmins } from '@/access/isAdmin'
import { isAuthenticated } from '@/access/isAuthenticated'
import { roles } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'
import { enforcePasswordPolicy } from '@/hooks/enforcePasswordPolicy'

import { endSessionsOfDeactivatedUser } from './hooks/endSessionsOfDeactivatedUser'
import { equalizeLoginTiming } from './hooks/equalizeLoginTiming'
import { refuseDeactivatedLogin } from './hooks/refuseDeactivatedLogin'

const roleLabels = {
  admin: { en: 'Admin', fr: 'Administrateur' },
  communications: { en: 'Communications', fr: 'Communications' },
  secretariat: { en: 'Cluster secretariat', fr: 'Secrétariat de grappe' },
} as const

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
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'organization'],
    group: { en: 'Administration', fr: 'Administration' },
    hidden: hiddenFromNonAdmins,
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'role',
      type: 'select',
      label: { en: 'Role', fr: 'Rôle' },
      required: true,
      defaultValue: 'secretariat',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      label: { en: 'Organization', fr: 'Organisation' },
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
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
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Untick to off-board: sign-in is refused and open sessions end at once.',
          fr: 'Décochez pour retirer l’accès : la connexion est refusée et les sessions ouvertes prennent fin aussitôt.',
        },
      },
    },
  ],
  hooks: {
    beforeOperation: [equalizeLoginTiming],
    beforeValidate: [enforcePasswordPolicy],
    beforeLogin: [refuseDeactivatedLogin],
    afterChange: [endSessionsOfDeactivatedUser],
  },
})
