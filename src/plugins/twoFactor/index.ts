import type { Config } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { askForSecondFactor, withholdResetToken } from './askForSecondFactor'
import { twoFactorEndpoints } from './endpoints'
import { twoFactorFields } from './fields'
import { twoFactorMutations } from './graphql'

/**
 * Two-factor sign-in (TOTP) for users: the fields, the second step of REST and GraphQL sign-in
 * (the first step answers a challenge instead of a token), enrolment, the admin's reset, and the
 * admin's login view with its code step. Which roles must use it: TWO_FACTOR_REQUIRED_ROLES.
 */
export const twoFactor = (config: Config): Config => {
  const previousMutations = config.graphQL?.mutations
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug !== collectionSlugs.users
        ? collection
        : {
            ...collection,
            admin: {
              ...collection.admin,
              defaultColumns: [...(collection.admin?.defaultColumns ?? []), 'twoFactorEnabled'],
            },
            fields: [...collection.fields, ...twoFactorFields],
            endpoints: [...(collection.endpoints || []), ...twoFactorEndpoints],
            hooks: {
              ...collection.hooks,
              beforeLogin: [...(collection.hooks?.beforeLogin ?? []), askForSecondFactor],
              afterOperation: [...(collection.hooks?.afterOperation ?? []), withholdResetToken],
            },
          },
    ),
    // A second step asked or a code refused is an expected answer, not a server error.
    loggingLevels: {
      ...config.loggingLevels,
      SecondFactorNeeded: 'info',
      TwoFactorRefused: 'info',
    } as Config['loggingLevels'],
    graphQL: {
      ...config.graphQL,
      mutations: (GraphQL, context) => ({
        ...(previousMutations?.(GraphQL, context) ?? {}),
        ...twoFactorMutations(GraphQL, context),
      }),
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: {
          ...config.admin?.components?.views,
          // Payload's login view, with the code and enrolment steps; it keeps the afterLogin slot.
          login: { Component: '@/components/admin/TwoFactorLoginView#TwoFactorLoginView' },
          twoFactor: {
            Component: '@/components/admin/TwoFactorView#TwoFactorView',
            path: '/two-factor',
          },
        },
      },
    },
  }
}
