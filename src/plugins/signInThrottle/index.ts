import type { CollectionConfig, Config, Field } from 'payload'

import { adminOnlyField } from '@/access/field/adminOnlyField'
import { systemOnlyField } from '@/access/field/systemOnlyField'
import { collectionSlugs } from '@/constants/slugs'

import { addHooks } from '../shared/addHooks'
import { clearThrottleEndpoint } from './endpoint'
import {
  countFailedSignIn,
  readThrottleState,
  refuseThrottledSignIn,
  rememberSuccessfulSignIn,
} from './hooks'

const stateFields: Field[] = [
  {
    name: 'signInFailures',
    type: 'number',
    virtual: true,
    label: { en: 'Failed sign-ins', fr: 'Connexions échouées' },
    access: { read: adminOnlyField, create: systemOnlyField, update: systemOnlyField },
    admin: { position: 'sidebar', readOnly: true, disableBulkEdit: true },
    hooks: { afterRead: [readThrottleState('failures')] },
  },
  {
    name: 'signInThrottledUntil',
    type: 'date',
    virtual: true,
    label: { en: 'Sign-in throttled until', fr: 'Connexion ralentie jusqu’à' },
    access: { read: adminOnlyField, create: systemOnlyField, update: systemOnlyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      disableBulkEdit: true,
      date: { pickerAppearance: 'dayAndTime' },
    },
    hooks: { afterRead: [readThrottleState('throttledUntil')] },
  },
  {
    name: 'clearSignInThrottle',
    type: 'ui',
    label: { en: 'Lift the sign-in wait', fr: 'Lever l’attente de connexion' },
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '@/components/admin/UserAction#UserAction',
          clientProps: { action: 'sign-in-throttle/clear', label: 'grappes:throttleClear' },
        },
      },
    },
  },
]

/**
 * Progressive delays instead of a lockout (OWASP ASVS v5, chapter 6): failed sign-ins to the
 * users collection are counted per account and address, per address and per account
 * (throttle.ts, numbers in policy.ts); past a few, each attempt waits longer (429, Retry-After,
 * a message in the reader's language). Holds for REST, GraphQL and the admin's form: all three go
 * through Payload's login operation. Admins see the state on each user and can lift it.
 */
export const signInThrottle =
  ({ secureCookies }: { secureCookies: boolean }) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug !== collectionSlugs.users) return collection
      const withHooks = addHooks(
        collection,
        { beforeOperation: [refuseThrottledSignIn] },
        {
          first: true,
        },
      )
      return addHooks(
        {
          ...withHooks,
          fields: [...withHooks.fields, ...stateFields],
          endpoints: [...(withHooks.endpoints || []), clearThrottleEndpoint],
        },
        { afterLogin: [rememberSuccessfulSignIn(secureCookies)] },
      )
    }),
    hooks: {
      ...config.hooks,
      afterError: [countFailedSignIn, ...(config.hooks?.afterError ?? [])],
    },
  })
