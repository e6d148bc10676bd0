import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import { redirect } from 'next/navigation'

import { GrappesLogo } from './GrappesLogo'
import { TwoFactorLoginForm } from './TwoFactorLoginForm'

/**
 * Replaces Payload's login view (`admin.components.views.login`) with the two-step form; like
 * Payload's, it renders the `beforeLogin` and `afterLogin` components (the single sign-on button).
 */
export function TwoFactorLoginView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req } = initPageResult
  const { i18n, payload, user } = req
  const { beforeLogin, afterLogin } = payload.config.admin.components ?? {}
  const redirectTo = getSafeRedirect({
    fallbackTo: payload.config.routes.admin,
    redirectTo: (searchParams?.redirect as string | undefined) ?? '',
  })
  if (user) redirect(redirectTo)
  const serverProps = { i18n, locale, params, payload, permissions, searchParams, user }
  return (
    <>
      <div className="login__brand">
        <GrappesLogo />
      </div>
      {RenderServerComponent({ Component: beforeLogin, importMap: payload.importMap, serverProps })}
      <TwoFactorLoginForm redirect={redirectTo} />
      {RenderServerComponent({ Component: afterLogin, importMap: payload.importMap, serverProps })}
    </>
  )
}
