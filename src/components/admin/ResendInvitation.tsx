'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

/** In a pending invitee's sidebar: sends the invitation again, with a new link. */
export function ResendInvitation() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const [message, setMessage] = useState<string | null>(null)

  async function resend() {
    const response = await fetch(`${config.serverURL}${config.routes.api}/users/${id}/invite`, {
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
    <div className="field-type" id="resend-invitation">
      <Button buttonStyle="secondary" size="small" onClick={resend}>
        {t('grappes:inviteResend')}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
