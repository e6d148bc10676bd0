'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

/**
 * In a user's sidebar, for admins: a button that posts to `/api/users/:id/<action>` (send the
 * invitation again, end all sessions, lift the sign-in wait) and shows the answer.
 */
export function UserAction({ action, label }: { action: string; label: GrappesTranslationKey }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null

  async function run() {
    const response = await fetch(`${config.serverURL}${config.routes.api}/users/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as {
      message?: string
      errors?: Array<{ message?: string }>
    }
    setMessage(body.message ?? body.errors?.map((e) => e.message).join(' ') ?? '')
  }

  return (
    <div className="field-type" id={`user-action-${action.replace(/\W+/g, '-')}`}>
      <Button buttonStyle="secondary" size="small" onClick={run}>
        {t(label)}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
