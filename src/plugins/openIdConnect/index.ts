import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { systemOnlyField } from '@/access/field/systemOnlyField'
import { selfOrAdminField } from '@/access/field/selfOrAdminField'
import { collectionSlugs } from '@/constants/slugs'

import { authorizeEndpoint } from './endpoints/authorize'
import { callbackEndpoint } from './endpoints/callback'
import { logoutEndpoint } from './endpoints/logout'
import { refusePasswordForSso } from './refusePasswordForSso'

/** How a person signs in; set by the system only (a single sign-on account has no password). */
const signInMethodField: Field = {
  name: 'signInMethod',
  type: 'select',
  label: { en: 'Sign-in method', fr: 'Mode de connexion' },
  defaultValue: 'password',
  options: [
    { value: 'password', label: { en: 'E-mail and password', fr: 'Courriel et mot de passe' } },
    {
      value: 'oidc',
      label: {
        en: 'Single sign-on (OpenID Connect)',
        fr: 'Authentification unique (OpenID Connect)',
      },
    },
  ],
  access: { read: selfOrAdminField, create: systemOnlyField, update: systemOnlyField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Single sign-on accounts sign in through the organization’s identity provider, which also sets their role.',
      fr: 'Les comptes à authentification unique se connectent par le fournisseur d’identité de l’organisation, qui fixe aussi leur rôle.',
    },
  },
}

function withSingleSignOn(users: CollectionConfig): CollectionConfig {
  return {
    ...users,
    endpoints: [
      ...(Array.isArray(users.endpoints) ? users.endpoints : []),
      authorizeEndpoint,
      callbackEndpoint,
      logoutEndpoint,
    ],
    fields: [...users.fields, signInMethodField],
    hooks: {
      ...users.hooks,
      beforeOperation: [...(users.hooks?.beforeOperation ?? []), refusePasswordForSso],
    },
  }
}

/**
 * Single sign-on through the organization's OpenID Connect provider (README, "Single sign-on").
 * The field, endpoints and button are always there, so the schema, the generated files and the
 * admin's import map do not depend on the environment; without OIDC_ISSUER the endpoints answer
 * 404 and the button is not drawn.
 */
export const openIdConnect: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === collectionSlugs.users ? withSingleSignOn(collection) : collection,
  ),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterLogin: [
        ...(config.admin?.components?.afterLogin ?? []),
        '@/plugins/openIdConnect/components/SignInWithProvider#SignInWithProvider',
      ],
    },
  },
})
