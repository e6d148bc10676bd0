import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isEditorUser } from '@/access/isEditor'
import { SCHEDULES_VIEW_PATH } from '@/plugins/schedules'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

/** The navigation's link to the schedules view, for those who schedule (editors). */
export function SchedulesNavLink({ payload, user, i18n }: Props) {
  if (!isEditorUser(user)) return null
  const t = i18n.t as (key: string) => string
  return (
    <a
      className="nav__link"
      id="nav-schedules"
      href={`${payload.config.routes.admin}${SCHEDULES_VIEW_PATH}`}
    >
      <span className="nav__link-label">{t('grappes:schedulesTitle')}</span>
    </a>
  )
}
