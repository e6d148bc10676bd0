'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

type Option = { value: string; label: string }
type Props = { roles: Option[]; organizations: Array<{ id: number; name: string }> }

type ApiErrors = {
  message?: string
  errors?: Array<{
    message?: string
    data?: { errors?: Array<{ message?: string; path?: string }> }
  }>
}

/** The messages of a refused request, each field's message after its name. */
function errorText(body: ApiErrors): string {
  const details = body.errors?.flatMap(
    (error) =>
      error.data?.errors?.map((e) => `${e.path ?? ''}: ${e.message ?? ''}`) ?? [error.message],
  )
  return details?.filter(Boolean).join(' ') || body.message || ''
}

const fieldStyle = { display: 'grid', gap: '0.25rem', marginBottom: '1rem', maxWidth: '32rem' }
const inputStyle = {
  padding: '0.6rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
}

/** The invitation form: posts to `/api/users/invite` and says who was invited, or why not. */
export function InviteForm({ roles, organizations }: Props) {
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const { config } = useConfig()
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const [sending, setSending] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const element = event.currentTarget
    const form = new FormData(element)
    const organization = form.get('organization')
    setSending(true)
    setStatus(null)
    const response = await fetch(`${config.serverURL}${config.routes.api}/users/invite`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: form.get('name'),
        email: form.get('email'),
        role: form.get('role'),
        organization: organization ? Number(organization) : null,
      }),
    })
    const body = (await response.json().catch(() => ({}))) as ApiErrors
    setSending(false)
    if (response.ok) {
      setStatus({ ok: true, text: body.message ?? '' })
      element.reset()
    } else setStatus({ ok: false, text: t('grappes:inviteFailed', { reason: errorText(body) }) })
  }

  return (
    <form onSubmit={submit} id="invite-form">
      <label style={fieldStyle}>
        {t('grappes:inviteName')}
        <input id="invite-name" name="name" required style={inputStyle} />
      </label>
      <label style={fieldStyle}>
        {t('grappes:inviteEmail')}
        <input id="invite-email" name="email" type="email" required style={inputStyle} />
      </label>
      <label style={fieldStyle}>
        {t('grappes:inviteRole')}
        <select id="invite-role" name="role" defaultValue="secretariat" style={inputStyle}>
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
      </label>
      <label style={fieldStyle}>
        {t('grappes:inviteOrganization')}
        <select id="invite-organization" name="organization" defaultValue="" style={inputStyle}>
          <option value="">{t('grappes:inviteNoOrganization')}</option>
          {organizations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={sending} id="invite-send">
        {t('grappes:inviteSend')}
      </Button>
      {status ? (
        <p
          role="status"
          id="invite-status"
          style={{ color: status.ok ? undefined : 'var(--theme-error-500)' }}
        >
          {status.text}
        </p>
      ) : null}
    </form>
  )
}
