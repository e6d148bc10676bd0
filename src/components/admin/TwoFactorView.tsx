import type { AdminViewServerProps } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { roleRequiresSecondFactor } from '@/plugins/twoFactor/policy'

import { TwoFactorSelfEnrolment } from './TwoFactorSelfEnrolment'
import { AdminPage } from './AdminPage'

/** `/admin/two-factor`: the signed-in user sees whether the second factor is on, and sets it up. */
export function TwoFactorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const t = req.t as (key: string, vars?: Record<string, unknown>) => string
  const user = req.user?.collection === collectionSlugs.users ? req.user : undefined
  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={t('twoFactor:viewTitle')}
    >
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
    </AdminPage>
  )
}
