import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { roleRequiresSecondFactor } from '@/plugins/twoFactor/policy'

import { TwoFactorSelfEnrolment } from './TwoFactorSelfEnrolment'

/** `/admin/two-factor`: the signed-in user sees whether the second factor is on, and sets it up. */
export function TwoFactorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const t = req.t as (key: string, vars?: Record<string, unknown>) => string
  const user = req.user?.collection === collectionSlugs.users ? req.user : undefined
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t('twoFactor:viewTitle')}</h1>
        {!user ? (
          <p>{t('twoFactor:notSignedIn')}</p>
        ) : (
          <>
            <p>
              {t(
                roleRequiresSecondFactor(req.payload, user.role)
                  ? 'twoFactor:required'
                  : 'twoFactor:optional',
              )}
            </p>
            {user.twoFactorEnabled ? (
              <p className="two-factor-status">
                {t('twoFactor:statusLine', { status: t('twoFactor:statusOn') })}
              </p>
            ) : (
              <TwoFactorSelfEnrolment />
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
