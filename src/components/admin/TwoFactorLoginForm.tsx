'use client'
import { Button, Link, useConfig, useTranslation } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'

import { inputStyle, TwoFactorEnrolment } from './TwoFactorEnrolment'
import { postJson, refusalOf } from './twoFactorApi'

type Step =
  { name: 'password' } | { name: 'code'; challenge: string } | { name: 'enrol'; challenge: string }

const fieldStyle = { display: 'grid', gap: '0.25rem', marginBottom: '1rem' }

/**
 * The admin's sign-in in two steps: e-mail and password (Payload's `/users/login`), then, when the
 * answer asks for it, the code (`/users/two-factor/verify`) or the enrolment of a role that
 * requires a second factor. The session cookie is set only by the last step.
 */
export function TwoFactorLoginForm({ redirect }: { redirect: string }) {
  const { t } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const { config } = useConfig()
  // Same origin, as Payload's own form: SERVER_URL may be a public address the browser is not on.
  const api = `${config.routes.api}/users`
  const [step, setStep] = useState<Step>({ name: 'password' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  // A full load: the admin reads the signed-in user from the cookie on the server.
  const enter = () => window.location.assign(redirect)

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const { status, body } = await postJson(`${api}/login`, {
      email: form.get('email'),
      password: form.get('password'),
    })
    setBusy(false)
    const data = body.errors?.[0]?.data
    if (status === 200) return enter()
    setError(status === 401 && data?.challenge ? '' : refusalOf(body))
    if (data?.challenge && data.twoFactorRequired)
      setStep({ name: 'code', challenge: data.challenge })
    if (data?.challenge && data.twoFactorEnrolmentRequired)
      setStep({ name: 'enrol', challenge: data.challenge })
  }

  const verify = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (step.name !== 'code') return
    setBusy(true)
    const { status, body } = await postJson(`${api}/two-factor/verify`, {
      challenge: step.challenge,
      code: new FormData(event.currentTarget).get('code'),
    })
    setBusy(false)
    if (status === 200) return enter()
    setError(refusalOf(body))
  }

  const alert = error && (
    <p role="alert" className="two-factor-error" style={{ color: 'var(--theme-error-500)' }}>
      {error}
    </p>
  )
  const startOver = (
    <Button buttonStyle="secondary" onClick={() => (setError(''), setStep({ name: 'password' }))}>
      {t('twoFactor:startOver')}
    </Button>
  )

  if (step.name === 'enrol')
    return (
      <div>
        <p>{t('twoFactor:enrolmentNeeded')}</p>
        <TwoFactorEnrolment challenge={step.challenge} onDone={enter} />
        {startOver}
      </div>
    )

  if (step.name === 'code')
    return (
      <form className="two-factor-code" onSubmit={verify}>
        <p>{t('twoFactor:codePrompt')}</p>
        <label style={fieldStyle}>
          {t('twoFactor:code')}
          <input
            id="field-two-factor-code"
            name="code"
            autoComplete="one-time-code"
            autoFocus
            required
            style={inputStyle}
          />
        </label>
        {alert}
        <Button type="submit" disabled={busy}>
          {t('twoFactor:verify')}
        </Button>
        {startOver}
      </form>
    )

  return (
    <form className="login__form" onSubmit={signIn}>
      <label style={fieldStyle}>
        {t('general:email')}
        <input
          id="field-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          style={inputStyle}
        />
      </label>
      <label style={fieldStyle}>
        {t('general:password')}
        <input
          id="field-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          style={inputStyle}
        />
      </label>
      {alert}
      <p>
        <Link href={`${config.routes.admin}/forgot`}>
          {t('authentication:forgotPasswordQuestion')}
        </Link>
      </p>
      <Button type="submit" disabled={busy}>
        {t('authentication:login')}
      </Button>
    </form>
  )
}
