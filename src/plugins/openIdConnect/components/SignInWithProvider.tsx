import type { ServerProps } from 'payload'

import { envOf } from '@/env'
import { messages } from '@/i18n/messages'

import { oidcPaths } from '../settings'

/** Under the admin's sign-in form: "Sign in with …" (the provider), when single sign-on is set up. */
export function SignInWithProvider({ payload, i18n }: ServerProps) {
  const settings = envOf(payload.config).oidc
  if (!settings) return null
  const language = i18n?.language === 'fr' ? 'fr' : 'en'
  const label = messages[language].oidcSignInWith.replace('{{provider}}', settings.providerName)
  const href = `${payload.config.routes.api}/users${oidcPaths.authorize}?lang=${language}`
  return (
    <p style={{ margin: 0 }}>
      <a
        className="btn btn--style-secondary btn--size-large"
        href={href}
        id="oidc-sign-in"
        style={{ width: '100%', margin: 0, justifyContent: 'center', textAlign: 'center' }}
      >
        {label}
      </a>
    </p>
  )
}
