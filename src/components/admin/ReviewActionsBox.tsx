'use client'
import {
  Button,
  toast,
  useConfig,
  useForm,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

import { reviewStates, type ReviewState } from '@/constants/review'
import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'
import type { ReviewAction } from '@/plugins/review/transitions'

type Props = {
  collection: string
  id: number | string
  state: ReviewState
  actions: ReviewAction[]
  actionsOnceSaved: ReviewAction[]
  diffHref?: string
}

type ErrorAnswer = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** The reason a refusal gives: the field's message when it names one, Payload's message otherwise. */
const reasonOf = (answer: ErrorAnswer): string =>
  (answer.errors ?? [])
    .map((error) => error.data?.errors?.map((field) => field.message).join(' ') || error.message)
    .join(' ')

/** The notice of the last action survives the reload that shows the document's new state. */
const noticeKey = (collection: string, id: number | string) => `grappes-review-${collection}-${id}`

/**
 * The review buttons of one document. Unsaved edits are first saved as a draft (as "Save draft"
 * does), then the action is asked of `POST /api/<collection>/:id/review/<action>`, which applies
 * the review rule with the person's access; the answer (what happened, who was told, or why not)
 * is shown here in the admin's language.
 */
export function ReviewActionsBox({
  collection,
  id,
  state,
  actions,
  actionsOnceSaved,
  diffHref,
}: Props) {
  const { t, i18n } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>()
  const [comment, setComment] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const api = (path: `/${string}`) => formatAdminURL({ apiRoute: config.routes.api, path })

  useEffect(() => {
    const kept = sessionStorage.getItem(noticeKey(collection, id))
    if (!kept) return
    sessionStorage.removeItem(noticeKey(collection, id))
    // sessionStorage exists only in the browser: read once after hydration, then forgotten.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNotice({ ok: true, text: kept })
    toast.success(kept)
  }, [collection, id])

  const saveDraftFirst = async (): Promise<boolean> => {
    if (!modified) return true
    const result = await submit({
      action: api(`/${collection}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true`),
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
      disableSuccessStatus: true,
    })
    return Boolean(result && result.res.status < 400)
  }

  const run = async (action: ReviewAction, body: Record<string, unknown> = {}) => {
    setBusy(true)
    try {
      if (!(await saveDraftFirst())) return
      const response = await fetch(api(`/${collection}/${id}/review/${action}`), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(body),
      })
      const answer = (await response.json()) as { message?: string } & ErrorAnswer
      if (response.ok) {
        dialog.current?.close()
        sessionStorage.setItem(noticeKey(collection, id), answer.message ?? '')
        window.location.reload()
        return
      }
      const reason = reasonOf(answer)
      setNotice({ ok: false, text: reason })
      toast.error(reason)
    } finally {
      setBusy(false)
    }
  }

  const shown = modified ? [...new Set([...actions, ...actionsOnceSaved])] : actions
  const label = reviewStates.find((option) => option.value === state)?.label
  const stateText = label ? (i18n.language === 'fr' ? label.fr : label.en) : state

  return (
    <div
      className="review-actions"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}
    >
      <span className="review-actions__state" data-state={state}>
        {t('grappes:reviewBoxState', { state: stateText })}
      </span>
      {diffHref ? (
        <a className="review-actions__compare" href={diffHref}>
          {t('grappes:reviewCompare')}
        </a>
      ) : null}
      {shown.map((action) => (
        <Button
          key={action}
          id={`review-action-${action}`}
          buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
          size="medium"
          margin={false}
          disabled={busy}
          onClick={() => {
            if (action === 'requestChanges') dialog.current?.showModal()
            else void run(action)
          }}
        >
          {t(`grappes:reviewAction_${action}`)}
        </Button>
      ))}
      {notice ? (
        <span role={notice.ok ? 'status' : 'alert'} className="review-actions__notice">
          {notice.text}
        </span>
      ) : null}
      <dialog
        ref={dialog}
        className="review-actions__dialog"
        style={{
          padding: '1.5rem',
          width: 'min(32rem, 90vw)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-m, 4px)',
          background: 'var(--theme-bg)',
          color: 'var(--theme-text)',
        }}
      >
        {/* No <form>: the box sits inside the document's form, and forms do not nest. */}
        <label htmlFor="review-comment" style={{ display: 'block', marginBottom: '0.5rem' }}>
          {t('grappes:reviewCommentPrompt')}
        </label>
        <textarea
          id="review-comment"
          rows={5}
          style={{ width: '100%' }}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        {notice && !notice.ok ? <p role="alert">{notice.text}</p> : null}
        <div style={{ display: 'flex', gap: '0.5rem', marginTop: '1rem' }}>
          <Button
            id="review-send-comment"
            buttonStyle="primary"
            size="medium"
            margin={false}
            disabled={busy}
            onClick={() => void run('requestChanges', { comment })}
          >
            {t('grappes:reviewSendComment')}
          </Button>
          <Button
            buttonStyle="secondary"
            size="medium"
            margin={false}
            onClick={() => dialog.current?.close()}
          >
            {t('general:cancel')}
          </Button>
        </div>
      </dialog>
    </div>
  )
}
