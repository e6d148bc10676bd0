'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

import { postJson, refusalOf, type TwoFactorAnswer } from './twoFactorApi'

export const inputStyle = {
  padding: '0.6rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  width: '100%',
}

type Props = {
  /** The enrolment challenge of the sign-in's first step; without it, the signed-in user enrols. */
  challenge?: string
  /** Called once the recovery codes were shown and the person continues. */
  onDone: () => void
}

/** Enrolment: the QR code and key, the first code, then the ten recovery codes shown once. */
export function TwoFactorEnrolment({ challenge, onDone }: Props) {
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const { config } = useConfig()
  const base = `${config.routes.api}/users/two-factor`
  const [setup, setSetup] = useState<TwoFactorAnswer | null>(null)
  const [error, setError] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void postJson(`${base}/setup`, challenge ? { challenge } : {}).then(({ status, body }) =>
      status === 200 ? setSetup(body) : setError(refusalOf(body)),
    )
  }, [base, challenge])

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    const code = new FormData(event.currentTarget).get('code')
    const { status, body } = await postJson(`${base}/enable`, {
      ...(challenge ? { challenge } : {}),
      enrolment: setup?.enrolment,
      code,
    })
    setBusy(false)
    if (status === 200) setCodes(body.recoveryCodes ?? [])
    else setError(refusalOf(body))
  }

  if (codes)
    return (
      <div className="two-factor-recovery">
        <h2>{t('twoFactor:recoveryTitle')}</h2>
        <p>{t('twoFactor:recoveryHelp')}</p>
        <ul
          className="two-factor-recovery__codes"
          style={{ fontFamily: 'monospace', fontSize: '1.1rem' }}
        >
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button onClick={onDone}>{t('twoFactor:continue')}</Button>
      </div>
    )

  return (
    <form
      className="two-factor-enrolment"
      onSubmit={confirm}
      style={{ display: 'grid', gap: '1rem', maxWidth: '32rem' }}
    >
      <p>{t('twoFactor:scan')}</p>
      {setup?.qrCode && (
        // eslint-disable-next-line @next/next/no-img-element -- a data URL made by the server
        <img src={setup.qrCode} alt="QR" width={200} height={200} style={{ background: '#fff' }} />
      )}
      {setup?.secret && (
        <p>
          {t('twoFactor:manualKey')}{' '}
          <code className="two-factor-enrolment__key">{setup.secret}</code>
        </p>
      )}
      <label style={{ display: 'grid', gap: '0.25rem' }}>
        {t('twoFactor:code')}
        <input
          id="field-two-factor-code"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          style={inputStyle}
        />
      </label>
      {error && (
        <p role="alert" className="two-factor-error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy || !setup}>
        {t('twoFactor:confirm')}
      </Button>
    </form>
  )
}
