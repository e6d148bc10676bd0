import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { DATA_QUALITY_VIEW_PATH, deskReader } from '@/plugins/dataQuality/desk'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

/** The navigation's link to the data-quality desk, for editors and secretariats. */
export function DataQualityNavLink({ payload, user, i18n }: Props) {
  if (!deskReader(user).allowed) return null
  return (
    <a
      className="nav__link"
      id="nav-data-quality"
      href={`${payload.config.routes.admin}${DATA_QUALITY_VIEW_PATH}`}
    >
      <span className="nav__link-label">
        {i18n.language === 'fr' ? 'Qualité des données' : 'Data quality'}
      </span>
    </a>
  )
}
