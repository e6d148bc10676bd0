'use client'
import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

type Props = {
  /** The collection of the list (set by src/plugins/bulkImport for each importable one). */
  collection: string
  /** Clusters also export their key figures, one row each. */
  keyFigures?: boolean
}

/**
 * The list view's "more options" menu: the documents the signed-in person may read, downloaded
 * as CSV or JSON in the content language the admin shows (`/api/<collection>/export`). Plain
 * download links styled as the menu's buttons: the answer is an attachment, the list stays open.
 */
export function ExportMenuItems({ collection, keyFigures = false }: Props) {
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const locale = useLocale()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const code = 'code' in locale ? locale.code : 'en'
  const link = (id: string, query: string, label: string) => (
    <a
      className="popup-button-list__button"
      download
      href={`${serverURL}${routes.api}/${collection}/export?${query}&locale=${code}`}
      id={id}
    >
      {label}
    </a>
  )
  return (
    <>
      {link('export-csv', 'format=csv', t('grappes:exportCsv'))}
      {link('export-json', 'format=json', t('grappes:exportJson'))}
      {keyFigures &&
        link('export-key-figures', 'format=csv&table=key-figures', t('grappes:exportKeyFigures'))}
    </>
  )
}
