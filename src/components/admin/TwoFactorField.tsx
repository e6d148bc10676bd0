'use client'
import {
  Button,
  Link,
  useAuth,
  useConfig,
  useDocumentInfo,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { CheckboxFieldClientComponent } from 'payload'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

import { postJson, refusalOf } from './twoFactorApi'

/**
 * The user's second factor in the sidebar: on or off; the user's own link to set it up; for an
 * admin, a button that resets another user's (POST /api/users/:id/two-factor/reset, audited).
 */
export const TwoFactorField: CheckboxFieldClientComponent = ({ path }) => {
  const { value } = useField<boolean>({ path })
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const [message, setMessage] = useState('')
  // The form keeps the value it loaded; after a reset, the field shows what the server now holds.
  const [resetDone, setResetDone] = useState(false)
  const on = Boolean(value) && !resetDone
  const self = user?.id === id
  const isAdmin = (user as { role?: string } | null)?.role === 'admin'

  const reset = async () => {
    if (!window.confirm(t('twoFactor:resetConfirm'))) return
    const { status, body } = await postJson(`${config.routes.api}/users/${id}/two-factor/reset`, {})
    setMessage(status === 200 ? (body.message ?? '') : refusalOf(body))
    setResetDone(status === 200)
    router.refresh()
  }

  return (
    <div className="field-type two-factor-field" style={{ marginBottom: '1.5rem' }}>
      <span className="two-factor-field__status">
        {t('twoFactor:statusLine', {
          status: t(on ? 'twoFactor:statusOn' : 'twoFactor:statusOff'),
        })}
      </span>
      {self && !on && (
        <p>
          <Link href={`${config.routes.admin}/two-factor`}>{t('twoFactor:setUp')}</Link>
        </p>
      )}
      {isAdmin && on && id !== undefined && (
        <p>
          <Button buttonStyle="secondary" size="small" onClick={reset}>
            {t('twoFactor:reset')}
          </Button>
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
