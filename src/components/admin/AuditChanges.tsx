'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { ClientField, JSONFieldClientComponent } from 'payload'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'
import type { FieldChange } from '@/plugins/auditTrail/readableChanges'

/** The field of this name at the top level of a document, inside rows, collapsibles and tabs too. */
function findField(fields: ClientField[], name: string): ClientField | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name === name) return tab as unknown as ClientField
        const found = 'name' in tab && tab.name ? undefined : findField(tab.fields, name)
        if (found) return found
      }
    } else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

const cell = { padding: '0.4rem 0.6rem', verticalAlign: 'top', textAlign: 'left' } as const

/**
 * An audit entry's changed fields as a table of field label, before and after, in the admin's
 * language. It replaces Payload's JSON field, whose code editor loads from a CDN.
 */
export const AuditChanges: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<FieldChange[] | null>({ path })
  const collection = useFormFields(([fields]) => fields.collection?.value) as string | undefined
  const global = useFormFields(([fields]) => fields.global?.value) as string | undefined
  const names = useFormFields(([fields]) => fields.changedFields?.value) as string[] | undefined
  const { getEntityConfig } = useConfig()
  const { i18n, t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const entity = collection
    ? getEntityConfig({ collectionSlug: collection })
    : global
      ? getEntityConfig({ globalSlug: global })
      : undefined
  const labelOf = (name: string): string => {
    const field = entity ? findField(entity.fields, name) : undefined
    const label = field && 'label' in field ? field.label : undefined
    return label && typeof label !== 'function' ? getTranslation(label, i18n) : name
  }
  const shown = (text: string | null, secret?: boolean) =>
    secret ? t('grappes:auditChangesHidden') : (text ?? t('grappes:auditChangesEmpty'))
  const changes = Array.isArray(value) ? value : undefined

  return (
    <div className="field-type audit-changes" id="audit-changes">
      <h3 style={{ margin: '0 0 0.5rem' }}>{t('grappes:auditChangesTitle')}</h3>
      {!changes ? (
        <>
          <p>{t('grappes:auditChangesNotRecorded')}</p>
          {names?.length ? <p>{names.map(labelOf).join(', ')}</p> : null}
        </>
      ) : changes.length === 0 ? (
        <p>{t('grappes:auditChangesNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t('grappes:auditChangesField')}</th>
              <th style={cell}>{t('grappes:auditChangesBefore')}</th>
              <th style={cell}>{t('grappes:auditChangesAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                <th scope="row" style={cell}>
                  {labelOf(change.field)}
                </th>
                <td style={cell}>{shown(change.before, change.secret)}</td>
                <td style={cell}>{shown(change.after, change.secret)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
