'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Issue = {
  rule: string
  locale: string | null
  fieldPath: string
  message: { en: string; fr: string }
  adminUrl: string
}

const heading = { en: 'Data quality', fr: 'Qualité des données' }
const none = { en: 'No issue found.', fr: 'Aucun problème relevé.' }
const unsaved = {
  en: 'Issues appear once saved.',
  fr: 'Les problèmes s’affichent après l’enregistrement.',
}

/**
 * In the sidebar of each covered document: its quality issues (src/plugins/dataQuality), read
 * from `/api/data-quality/issues/:collection/:id`, each naming its field and linking to it.
 */
export function DataQualityIssues() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'fr' ? 'fr' : 'en'
  const [issues, setIssues] = useState<Issue[] | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug) return
    const url = `${config.serverURL}${config.routes.api}/data-quality/issues/${collectionSlug}/${id}`
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { issues: [] }))
      .then((body: { issues?: Issue[] }) => setIssues(body.issues ?? []))
      .catch(() => setIssues([]))
  }, [id, collectionSlug, config.serverURL, config.routes.api, lastUpdateTime])

  return (
    <div className="field-type data-quality-issues" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{heading[language]}</h4>
      {!id ? (
        <p>{unsaved[language]}</p>
      ) : issues === null ? null : issues.length === 0 ? (
        <p>{none[language]}</p>
      ) : (
        <ul style={{ paddingLeft: '1.2em', margin: 0 }} data-testid="data-quality-issues">
          {issues.map((issue, index) => (
            <li key={index} style={{ marginBottom: '0.4em' }}>
              <a href={issue.adminUrl}>
                <code>{issue.fieldPath}</code>
                {issue.locale ? ` (${issue.locale})` : ''}
              </a>{' '}
              — {issue.message[language]}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
