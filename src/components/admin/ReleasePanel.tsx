'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'

import { reviewStates } from '@/constants/review'
import type { GrappesTranslationKey, GrappesTranslations } from '@/i18n/messages'
import type { Release } from '@/payload-types'
import { documentTitle } from '@/utilities/documentTitle'

type Item = NonNullable<Release['items']>[number]
type Populated = { id: number; review?: { state?: string | null } | null } & Record<string, unknown>
type Answer = { doc?: unknown; errors?: Array<{ message?: string }> }

/** The notice of the last action survives the reload that shows the release's new state. */
const noticeKey = (id: number | string) => `grappes-release-${id}`

/**
 * The release's own box in its edit view: each document (title, kind, review state, link, and
 * why it failed when it did), and the actions its status allows: publish now, schedule or
 * unschedule, roll back. Each posts to `/api/releases/:id/<action>`, which checks the person's
 * rights and answers in the admin's language.
 */
export function ReleasePanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t, i18n } = useTranslation<GrappesTranslations, GrappesTranslationKey>()
  const [release, setRelease] = useState<Release | null>(null)
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>()
  const [previewHref, setPreviewHref] = useState<string | null>(null)
  // Each document's quality issues (src/plugins/dataQuality), by `collection:id`.
  const [quality, setQuality] = useState<Map<string, number>>(new Map())
  const language = i18n.language === 'fr' ? 'fr' : 'en'
  const api = useCallback(
    (path: `/${string}`) => formatAdminURL({ apiRoute: config.routes.api, path }),
    [config.routes.api],
  )

  useEffect(() => {
    if (!id) return
    const kept = sessionStorage.getItem(noticeKey(id))
    if (kept) {
      sessionStorage.removeItem(noticeKey(id))
      // sessionStorage exists only in the browser: read once after hydration, then forgotten.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotice({ ok: true, text: kept })
      toast.success(kept)
    }
    void fetch(api(`/releases/${id}?depth=1&draft=true&locale=${language}`), {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: Release | null) => setRelease(doc))
    void fetch(api(`/releases/${id}/preview-link?path=/${language}`), { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { url?: string } | null) => setPreviewHref(answer?.url ?? null))
  }, [api, id, language])

  useEffect(() => {
    const items = release?.items ?? []
    void Promise.all(
      items.map(async ({ relationTo, value }) => {
        const docId = typeof value === 'object' ? value.id : value
        const response = await fetch(
          api(`/data-quality/issues/${relationTo}/${docId}?locale=${language}`),
          { credentials: 'include' },
        )
        const answer = response.ok ? ((await response.json()) as { total: number }) : null
        return [`${relationTo}:${docId}`, answer?.total] as const
      }),
    ).then((totals) =>
      setQuality(
        new Map(totals.flatMap(([key, total]) => (total === undefined ? [] : [[key, total]]))),
      ),
    )
  }, [api, language, release])

  if (!id) return <p className="field-type">{t('grappes:releasePanelSaveFirst')}</p>

  const act = async (action: string, body: object, done: GrappesTranslationKey) => {
    setBusy(true)
    const response = await fetch(api(`/releases/${id}/${action}`), {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as Answer
    setBusy(false)
    if (response.ok) {
      sessionStorage.setItem(noticeKey(id), t(done))
      window.location.reload()
      return
    }
    const text = (answer.errors ?? []).map((e) => e.message).join(' ')
    setNotice({ ok: false, text })
    toast.error(text)
    if (response.status === 400 && action === 'publish') window.location.reload()
  }

  const status = release?.status ?? 'open'
  const items = release?.items ?? []
  const reasons = new Map(
    (release?.results ?? []).map((r) => [
      `${r.relationTo}:${r.value}`,
      language === 'fr' ? r.reasonFr : r.reasonEn,
    ]),
  )
  const canPublish = status === 'open' || status === 'scheduled' || status === 'failed'

  return (
    <div className="field-type release-panel" id="release-panel">
      <h3>{t('grappes:releasePanelTitle')}</h3>
      {items.length === 0 ? <p>{t('grappes:releasePanelEmpty')}</p> : null}
      <ul className="release-panel__items">
        {items.map((item: Item) => {
          const doc = (typeof item.value === 'object' ? item.value : null) as Populated | null
          const docId = doc ? doc.id : item.value
          const state = doc?.review?.state
          const stateLabel = state
            ? (reviewStates.find((s) => s.value === state)?.label[language] ?? state)
            : t('grappes:releaseNotReviewed')
          const collection = config.collections.find((c) => c.slug === item.relationTo)
          const kind = collection?.labels?.singular
          const kindLabel =
            typeof kind === 'object' && kind
              ? ((kind as Record<string, string>)[language] ?? item.relationTo)
              : item.relationTo
          const reason = reasons.get(`${item.relationTo}:${docId}`)
          const issues = quality.get(`${item.relationTo}:${docId}`)
          return (
            <li key={`${item.relationTo}:${docId}`} data-document={`${item.relationTo}:${docId}`}>
              <a
                href={formatAdminURL({
                  adminRoute: config.routes.admin,
                  path: `/collections/${item.relationTo}/${docId}`,
                })}
              >
                {(doc && documentTitle(doc as Parameters<typeof documentTitle>[0])) || `#${docId}`}
              </a>{' '}
              ({String(kindLabel)}) · {t('grappes:releaseReviewState', { state: stateLabel })}
              {issues === undefined ? null : (
                <span className="release-panel__quality" data-issues={issues}>
                  {' · '}
                  {issues === 0
                    ? t('grappes:releaseQualityClean')
                    : t('grappes:releaseQualityIssues', { count: issues })}
                </span>
              )}
              {reason ? <strong className="release-panel__reason"> — {reason}</strong> : null}
            </li>
          )
        })}
      </ul>
      {previewHref && items.length > 0 ? (
        <p>
          <a href={previewHref} target="_blank" rel="noopener" id="release-preview-link">
            {t('grappes:releasePreviewLink')}
          </a>
        </p>
      ) : null}
      <div className="release-panel__actions">
        {canPublish ? (
          <Button
            buttonStyle="primary"
            size="small"
            disabled={busy || items.length === 0}
            onClick={() =>
              window.confirm(t('grappes:releaseConfirmPublish')) &&
              act('publish', {}, 'grappes:releaseDonePublished')
            }
          >
            {t('grappes:releasePublishNow')}
          </Button>
        ) : null}
        {canPublish ? (
          <label>
            {t('grappes:releaseScheduleAt')}{' '}
            <input
              type="datetime-local"
              name="releasePublishAt"
              value={publishAt}
              onChange={(event) => setPublishAt(event.target.value)}
            />
          </label>
        ) : null}
        {canPublish ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || items.length === 0}
            onClick={() =>
              act(
                'schedule',
                { publishAt: publishAt ? new Date(publishAt).toISOString() : '' },
                'grappes:releaseDoneScheduled',
              )
            }
          >
            {t('grappes:releaseScheduleButton')}
          </Button>
        ) : null}
        {status === 'scheduled' ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => act('unschedule', {}, 'grappes:releaseDoneUnscheduled')}
          >
            {t('grappes:releaseUnscheduleButton')}
          </Button>
        ) : null}
        {status === 'published' ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() =>
              window.confirm(t('grappes:releaseConfirmRollBack')) &&
              act('rollback', {}, 'grappes:releaseDoneRolledBack')
            }
          >
            {t('grappes:releaseRollBackButton')}
          </Button>
        ) : null}
      </div>
      {notice ? (
        <p role="status" className={notice.ok ? 'release-panel__ok' : 'release-panel__error'}>
          {notice.text}
        </p>
      ) : null}
    </div>
  )
}
