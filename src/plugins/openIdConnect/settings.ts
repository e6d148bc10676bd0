import type { Payload } from 'payload'

import { envOf, type AppEnv } from '@/env'

/** Single sign-on's settings (src/env.ts, `OIDC_*`); undefined when OIDC_ISSUER is not set. */
export type OidcSettings = NonNullable<AppEnv['oidc']>

export const oidcSettingsOf = (payload: Payload): OidcSettings | undefined =>
  envOf(payload.config).oidc

/** The endpoints' paths under /api/users (one place, so the button and the tests agree). */
export const oidcPaths = {
  authorize: '/oidc/authorize',
  callback: '/oidc/callback',
  logout: '/oidc/logout',
} as const
